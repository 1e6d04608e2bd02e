/**
 * `npx tsx scripts/icons.ts`: draws the app's PNG icons from its SVGs in headless Chromium, for the
 * web app manifest (192 and 512 px, and a maskable 512 px one whose picture stays inside the
 * middle 80 % that launchers may crop to a circle) and for iOS (`apple-touch-icon.png`, 180 px,
 * full-bleed: iOS rounds the corners itself). The PNGs are committed in `public/`; run this again
 * after changing `public/favicon.svg` or `public/icon-maskable.svg`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';

const PUBLIC = join(import.meta.dirname, '..', 'public');

const ICONS = [
  { from: 'favicon.svg', size: 192, to: 'icon-192.png' },
  { from: 'favicon.svg', size: 512, to: 'icon-512.png' },
  { from: 'icon-maskable.svg', size: 512, to: 'icon-maskable-512.png' },
  { from: 'icon-maskable.svg', size: 180, to: 'apple-touch-icon.png' },
] as const;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const icon of ICONS) {
    const svg = readFileSync(join(PUBLIC, icon.from), 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setViewportSize({ width: icon.size, height: icon.size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${src}" width="${icon.size}" height="${icon.size}" alt="">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: join(PUBLIC, icon.to), omitBackground: true });
    console.log(`public/${icon.to}: ${icon.size}x${icon.size} from ${icon.from}`);
  }
} finally {
  await browser.close();
}
