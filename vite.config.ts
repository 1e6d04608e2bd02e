import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * The production page's Content-Security-Policy. Only the build gets it: the dev server injects
 * inline <style> tags for hot reload, which this policy (rightly) forbids.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * React Flow's pan and zoom (d3-zoom, d3-transition, @xyflow/system) get d3-interpolate and
 * d3-color from src/canvas/zoomInterpolate.ts: the view's interpolation, without the colour parser
 * only d3-transition's attr() and style() tweens could use (6.1 KB of the first page's gzip).
 * Everything else (the charts' d3-scale) still gets the real packages.
 */
function d3WithoutColour(): Plugin {
  const zoomInterpolate = fileURLToPath(new URL('./src/canvas/zoomInterpolate.ts', import.meta.url));
  const panZoom = /[\\/]node_modules[\\/](?:d3-zoom|d3-transition|@xyflow[\\/]system)[\\/]/;
  return {
    name: 'd3-without-colour',
    enforce: 'pre',
    resolveId(source, importer) {
      if ((source === 'd3-interpolate' || source === 'd3-color') && importer && panZoom.test(importer))
        return zoomInterpolate;
      return null;
    },
  };
}

/**
 * The service worker (docs/ARCHITECTURE.md, "Offline and updates"): Workbox precaches the whole build (every
 * lazy chunk and the engine's worker, not the source maps), navigations get index.html from the
 * cache, and a new build waits until the person presses Reload (`registerType: 'prompt'`). Nothing
 * is injected into the page: `src/offline.ts` registers it after the first render.
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The glob below already finds the icons (the plugin adds the manifest itself).
    includeManifestIcons: false,
    manifest: {
      id: '/',
      name: 'API Integration Patterns Playground',
      short_name: 'API Patterns',
      description:
        'Build API integration patterns (gateways, queues, RabbitMQ, Kafka, webhooks) and watch them run.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#f8fafc',
      theme_color: '#1e293b',
      icons: [
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png}'],
      // The README's picture is not part of the app.
      globIgnores: ['screenshot.png'],
      navigateFallback: 'index.html',
      // The first visit is controlled (and so works offline) without a reload; later versions
      // still wait for the person's Reload, since nothing calls skipWaiting on its own.
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), d3WithoutColour(), offline()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // React Flow's bundle wraps every component in memo() and forwardRef() without a pure
      // annotation, so unused ones (the node resizer and its drag logic, about 3 KB gzip) stayed
      // in the first page. These calls have no side effects.
      treeshake: { manualPureFunctions: ['memo', 'forwardRef', 'createContext'] },
      output: {
        // What the first page load needs goes in one chunk: split across a dozen small chunks
        // (one per module shared with a lazy chunk) it cost about 4 KB of gzip in wrappers and
        // lost compression.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  resolve: {
    alias: {
      // React Flow's zustand 4 asks for the shim of useSyncExternalStore for React before 18; React
      // 19 has it (0.3 KB of the first page's gzip).
      'use-sync-external-store/shim/with-selector.js': 'use-sync-external-store/with-selector.js',
    },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: property tests and fuzzers take a few seconds alone and several times that on a
    // busy 2-core machine; a test's time is never what it checks (benchmarks measure time).
    testTimeout: 60_000,
    // Tests read the catalogue in both languages, as the app does once Ukrainian has loaded.
    setupFiles: ['src/model/testing/catalogueUk.setup.ts'],
  },
});
