import { decodeDocument } from './decode';
import { LIMITS } from './defaults';
import type { Loaded } from './loading';
import { receivedOf, type ValidationIssue } from './problems';
import type { DiagramDocument } from './types';

/**
 * Link format 1: the document packed into arrays, defaults left out. Expanding it gives back a
 * plain object in the shape of a version-1 document, which then goes through `decodeDocument`
 * like any other untrusted input. See docs/FORMAT.md.
 *
 *   { v: document version, n?: name, N: nodes, E?: edges, w?: [x, y, zoom], r?: [seed, speed] }
 *   node: [kind, label, x, y, props?, id?]   id left out when it is n<position + 1>
 *   edge: [source index, target index, props?, id?]   id left out when it is e<position + 1>
 */
export interface CompactDocument {
  v: number;
  n?: string;
  N: unknown[][];
  E?: unknown[][];
  w?: [number, number, number];
  r?: [number, number];
}

const DEFAULT_VIEWPORT = { x: 0, y: 0, zoom: 1 };
const DEFAULT_RUN = { seed: 1, speed: 1 };

/** Drops trailing slots that hold their default (`undefined`), so short tuples stay short. */
function trimTail(slots: unknown[]): unknown[] {
  let end = slots.length;
  while (end > 0 && slots[end - 1] === undefined) end--;
  return slots.slice(0, end).map((s) => (s === undefined ? 0 : s));
}

const isEmpty = (o: object) => Object.keys(o).length === 0;
/** Zoom kept to three decimals: enough for any screen, short in a link. */
const roundZoom = (z: number) => Math.round(z * 1000) / 1000;

/** Packs a valid document. Positions and viewport offsets are rounded to whole pixels. */
export function compactDocument(doc: DiagramDocument): CompactDocument {
  const indexOf = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const N = doc.nodes.map((n, i) =>
    trimTail([
      n.kind,
      n.label,
      Math.round(n.position.x),
      Math.round(n.position.y),
      isEmpty(n.props) ? undefined : n.props,
      n.id === `n${i + 1}` ? undefined : n.id,
    ]),
  );
  const E = doc.edges.map((e, i) => {
    const s = indexOf.get(e.source);
    const t = indexOf.get(e.target);
    if (s === undefined || t === undefined)
      throw new Error(`compactDocument: edge ${e.id} has a missing end`);
    return trimTail([s, t, isEmpty(e.props) ? undefined : e.props, e.id === `e${i + 1}` ? undefined : e.id]);
  });
  const out: CompactDocument = { v: doc.version, N };
  if (doc.name) out.n = doc.name;
  if (E.length) out.E = E;
  const w = doc.viewport;
  const vx = Math.round(w.x);
  const vy = Math.round(w.y);
  const zoom = roundZoom(w.zoom);
  if (vx !== DEFAULT_VIEWPORT.x || vy !== DEFAULT_VIEWPORT.y || zoom !== DEFAULT_VIEWPORT.zoom)
    out.w = [vx, vy, zoom];
  if (doc.run.seed !== DEFAULT_RUN.seed || doc.run.speed !== DEFAULT_RUN.speed)
    out.r = [doc.run.seed, doc.run.speed];
  return out;
}

type Expanded = { ok: true; doc: Record<string, unknown> } | { ok: false; issues: ValidationIssue[] };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Own properties only: a `__proto__` or `constructor` key in the input is just data. */
function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

const notArray = (path: string, value: unknown): ValidationIssue => ({
  path,
  problem: { code: 'expected', expected: 'list', received: receivedOf(value) },
});

/**
 * Unpacks link format 1 into a plain object in document shape. It checks only what it needs to
 * unpack (arrays, indices, counts); every value is checked afterwards by `decodeDocument`.
 */
export function expandCompact(input: unknown, maxNodes: number, maxEdges: number): Expanded {
  if (!isRecord(input))
    return {
      ok: false,
      issues: [{ path: '', problem: { code: 'expected', expected: 'object', received: receivedOf(input) } }],
    };
  const nodesIn = own(input, 'N');
  const edgesIn = own(input, 'E') ?? [];
  if (!Array.isArray(nodesIn)) return { ok: false, issues: [notArray('nodes', nodesIn)] };
  if (!Array.isArray(edgesIn)) return { ok: false, issues: [notArray('edges', edgesIn)] };
  if (nodesIn.length > maxNodes)
    return { ok: false, issues: [{ path: 'nodes', problem: { code: 'tooMany', max: maxNodes } }] };
  if (edgesIn.length > maxEdges)
    return { ok: false, issues: [{ path: 'edges', problem: { code: 'tooMany', max: maxEdges } }] };

  const issues: ValidationIssue[] = [];
  const nodes = nodesIn.map((n: unknown, i) => {
    if (!Array.isArray(n)) {
      issues.push(notArray(`nodes[${i}]`, n));
      return null;
    }
    return {
      id: n.length > 5 ? n[5] : `n${i + 1}`,
      kind: n[0],
      label: n[1],
      position: { x: n[2], y: n[3] },
      props: n.length > 4 && n[4] !== 0 ? n[4] : {},
    };
  });
  const edges = edgesIn.map((e: unknown, i) => {
    if (!Array.isArray(e)) {
      issues.push(notArray(`edges[${i}]`, e));
      return null;
    }
    const end = (slot: 0 | 1, name: 'source' | 'target') => {
      const index = e[slot];
      if (typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < nodes.length)
        return nodes[index]?.id;
      issues.push({ path: `edges[${i}].${name}`, problem: { code: 'missingNode', id: String(index) } });
      return undefined;
    };
    return {
      id: e.length > 3 ? e[3] : `e${i + 1}`,
      source: end(0, 'source'),
      target: end(1, 'target'),
      props: e.length > 2 && e[2] !== 0 ? e[2] : {},
    };
  });
  const w = own(input, 'w');
  const r = own(input, 'r');
  if (w !== undefined && !Array.isArray(w)) issues.push(notArray('viewport', w));
  if (r !== undefined && !Array.isArray(r)) issues.push(notArray('run', r));
  if (issues.length) return { ok: false, issues };
  const viewport = Array.isArray(w) ? { x: w[0], y: w[1], zoom: w[2] } : { ...DEFAULT_VIEWPORT };
  const run = Array.isArray(r) ? { seed: r[0], speed: r[1] } : { ...DEFAULT_RUN };
  const name = own(input, 'n') ?? '';
  return { ok: true, doc: { version: own(input, 'v'), name, nodes, edges, viewport, run } };
}

/** The packed document as JSON text: what a link compresses, and what Recent diagrams stores. */
export function packDocument(doc: DiagramDocument): string {
  return JSON.stringify(compactDocument(doc));
}

/** Unpacks a parsed packed document, then the model's decoder: the one door, as for links. */
export function decodePacked(parsed: unknown): Loaded<DiagramDocument> {
  const expanded = expandCompact(parsed, LIMITS.nodes, LIMITS.edges);
  if (!expanded.ok) return { ok: false, problem: { code: 'invalid', issues: expanded.issues } };
  const decoded = decodeDocument(expanded.doc);
  return decoded.ok ? decoded : { ok: false, problem: { code: 'invalid', issues: decoded.issues } };
}
