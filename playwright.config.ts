import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser';

// Overridable so two checkouts (or two people) can run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.E2E_OUT ?? 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // A failed test keeps its trace: every action with its DOM snapshot, console, network and
    // sources. Not the screencast film strip: encoding frames for every test (passing ones too)
    // was about a third of the suite's CPU on two cores, and the failure screenshot below and the
    // DOM snapshots show the page anyway. (Without it headless Chromium draws no frames while the
    // page is still: e2e/touch.spec.ts's fingers come to rest before lifting, or a fling that
    // never ends would swallow the next tap.)
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    // The app's service worker precaches the whole build (about 2 MB) on every fresh context: the
    // offline spec allows it, the others test the page itself and skip that work.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  // Tests run against the production build (DESIGN rule 10); `npm run test:e2e` builds first.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
