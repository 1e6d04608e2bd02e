/**
 * Share-link lengths: the 30-component, 40-connection diagram issue 6 measures (it must stay
 * within 2,000 characters, a chat message in common tools) and every built-in diagram.
 * `npm run bench:links` prints one line per case.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDiagram } from '../bench/linkDiagram';
import { decodeDocument } from '../src/model';
import { shareLink } from '../src/share/linkCodec';
import { PATTERN_DOCS } from '../src/templates/patterns';

// A realistic published address: GitHub Pages with a project path.
const BASE = 'https://example.github.io/api-patterns-playground/';
const FOLDERS = ['src/templates', 'src/engine/reference'];

function line(name: string, nodes: number, edges: number, link: string): string {
  const fragment = new URL(link).hash.length;
  return `${name.padEnd(34)} ${String(nodes).padStart(4)} nodes ${String(edges).padStart(5)} edges  link ${String(link.length).padStart(6)} chars  (fragment ${fragment})`;
}

const bench = benchDiagram();
const benchLink = shareLink(bench, BASE);
console.log(line('30 nodes, 40 edges (limit 2,000)', bench.nodes.length, bench.edges.length, benchLink));

let failed = benchLink.length > 2000;
for (const folder of FOLDERS) {
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const decoded = decodeDocument(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    if (!decoded.ok) {
      console.log(`${file}: does not decode`);
      failed = true;
      continue;
    }
    const doc = decoded.value;
    console.log(
      line(`#t=${file.replace(/\.json$/, '')}`, doc.nodes.length, doc.edges.length, shareLink(doc, BASE)),
    );
  }
}
for (const [id, doc] of Object.entries(PATTERN_DOCS)) {
  console.log(line(`#t=${id}`, doc.nodes.length, doc.edges.length, shareLink(doc, BASE)));
}
if (failed) process.exitCode = 1;
