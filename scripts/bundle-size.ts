/**
 * `npm run size`: the production build's initial JavaScript, gzip: the entry script plus every
 * chunk index.html preloads (what a first visit downloads before the editor works). Budget 160 KB (issue 15).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const size = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
let total = 0;
for (const file of initial) {
  const bytes = size(file);
  total += bytes;
  console.log(`  ${file}: ${(bytes / 1000).toFixed(1)} KB gzip`);
}
const lazy = readdirSync(join(dist, 'assets')).filter(
  (f) => f.endsWith('.js') && !initial.includes(`assets/${f}`),
);
const lazyTotal = lazy.reduce((sum, f) => sum + size(`assets/${f}`), 0);
console.log(
  `initial JS: ${(total / 1000).toFixed(1)} KB gzip (budget 160 KB); loaded on demand: ${(lazyTotal / 1000).toFixed(1)} KB gzip in ${lazy.length} chunks`,
);
