/**
 * `npm run simulate -- <diagram.json> [--seed N] [--duration 60s]`: runs a diagram headless and
 * prints its run summary as JSON. Exit codes: 0 done, 1 bad arguments or unreadable file,
 * 2 invalid diagram.
 */
import { readFileSync } from 'node:fs';
import { compile } from '../src/engine';
import { parseSimulateArgs, USAGE } from '../src/engine/cli';
import { decodeDocumentJson, describeIssue } from '../src/model';

function fail(code: number, lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
}

const parsed = parseSimulateArgs(process.argv.slice(2));
if (!parsed.ok) fail(1, [parsed.error, USAGE]);
const { file, seed, durationMs } = parsed.args;

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(1, [`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`]);
}

const decoded = decodeDocumentJson(text);
if (!decoded.ok)
  fail(2, [`${file} is not a valid diagram:`, ...decoded.issues.map((i) => `  ${describeIssue(i)}`)]);
const doc = decoded.value;
const compiled = compile(doc, { seed: seed ?? doc.run.seed });
if (!compiled.ok)
  fail(2, [`${file} cannot be simulated:`, ...compiled.issues.map((i) => `  ${describeIssue(i)}`)]);
const sim = compiled.value;
sim.advanceTo(durationMs);
process.stdout.write(`${JSON.stringify(sim.summary(), null, 2)}\n`);
