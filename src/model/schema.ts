import * as v from 'valibot';
import { CATALOGUE, edgePropSpecs } from './catalogue';
import { LIMITS } from './defaults';
import {
  type Expected,
  formatPath,
  onePerPlace,
  type Problem,
  type Result,
  receivedOf,
  type ValidationIssue,
} from './problems';
import { checkPropValue, type PropSpec } from './props';
import { SAFE_ID } from './safeIds';
import { type DiagramDocument, DOCUMENT_VERSION, NODE_KINDS, type PropValues } from './types';
import { judgeConnection } from './wiring';

const coordinate = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(-LIMITS.coordinate),
  v.maxValue(LIMITS.coordinate),
);
// decodeDocument renames ids outside SAFE_ID first (safeIds.ts); a document validated directly must have them already.
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.idLength), v.regex(SAFE_ID));
const propValues = v.record(v.string(), v.union([v.pipe(v.number(), v.finite()), v.string(), v.boolean()]));

const NodeSchema = v.object({
  id,
  kind: v.picklist(NODE_KINDS),
  label: v.pipe(v.string(), v.maxLength(LIMITS.labelLength)),
  position: v.object({ x: coordinate, y: coordinate }),
  props: propValues,
});

const EdgeSchema = v.object({ id, source: id, target: id, props: propValues });

/** The shape of a current-version document; semantic rules are checked after it. */
export const DocumentSchema = v.object({
  version: v.literal(DOCUMENT_VERSION),
  name: v.pipe(v.string(), v.maxLength(LIMITS.nameLength)),
  nodes: v.array(NodeSchema),
  edges: v.array(EdgeSchema),
  viewport: v.object({
    x: coordinate,
    y: coordinate,
    zoom: v.pipe(v.number(), v.minValue(0.02), v.maxValue(8)),
  }),
  run: v.object({
    seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1)),
    speed: v.pipe(v.number(), v.minValue(0.1), v.maxValue(50)),
  }),
});

/** Which plain word a valibot schema type stands for. */
const SCHEMA_WORDS: Readonly<Record<string, Expected>> = {
  object: 'object',
  record: 'object',
  array: 'list',
  string: 'text',
  number: 'number',
  boolean: 'trueFalse',
  union: 'propValue',
};

/** A valibot issue in our words: what the place should hold, not valibot's type names. */
function problemOf(issue: v.BaseIssue<unknown>): Problem {
  if (issue.input === undefined && issue.kind === 'schema') return { code: 'missing' };
  const received = receivedOf(issue.input);
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : null;
  switch (issue.type) {
    case 'finite':
      return { code: 'expected', expected: 'finiteNumber', received };
    case 'integer':
      return { code: 'expected', expected: 'wholeNumber', received };
    case 'min_value':
      return { code: 'tooSmall', min: requirement ?? 0 };
    case 'max_value':
      return { code: 'tooLarge', max: requirement ?? 0 };
    case 'min_length':
      return { code: 'empty' };
    case 'regex':
      return { code: 'unsafeId' };
    case 'max_length':
      return { code: 'tooLong', maxLength: requirement ?? 0 };
    case 'picklist':
      // The only choice in the document's shape is a node's kind.
      return typeof issue.input === 'string'
        ? { code: 'unknownKind', kind: issue.input.slice(0, 40) }
        : { code: 'expected', expected: 'text', received };
  }
  return {
    code: 'expected',
    expected: (Object.hasOwn(SCHEMA_WORDS, issue.type) ? SCHEMA_WORDS[issue.type] : undefined) ?? 'object',
    received,
  };
}

function fromValibot(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return onePerPlace(
    issues.map((issue) => ({
      path: formatPath((issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)))),
      problem: problemOf(issue),
    })),
  );
}

function checkProps(
  specs: readonly PropSpec[],
  props: PropValues,
  path: string,
  out: ValidationIssue[],
): void {
  for (const key of Object.keys(props)) {
    const spec = specs.find((s) => s.key === key);
    if (!spec) {
      out.push({ path: `${path}.${key}`, problem: { code: 'unknownProp', key } });
      continue;
    }
    const problem = checkPropValue(spec, props[key]);
    if (problem) out.push({ path: `${path}.${key}`, problem });
  }
}

/** Validates a current-version document: its shape, ids, wiring and every property against the catalogue. */
export function validateDocument(input: unknown): Result<DiagramDocument> {
  const parsed = v.safeParse(DocumentSchema, input);
  if (!parsed.success) return { ok: false, issues: fromValibot(parsed.issues) };
  const doc = parsed.output;
  const issues: ValidationIssue[] = [];

  const nodesById = new Map<string, (typeof doc.nodes)[number]>();
  doc.nodes.forEach((node, i) => {
    if (nodesById.has(node.id))
      issues.push({ path: `nodes[${i}].id`, problem: { code: 'duplicateId', id: node.id } });
    nodesById.set(node.id, node);
    checkProps(CATALOGUE[node.kind].props, node.props, `nodes[${i}].props`, issues);
  });
  const edgeIds = new Set<string>();
  const seen: { source: string; target: string }[] = [];
  doc.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id))
      issues.push({ path: `edges[${i}].id`, problem: { code: 'duplicateId', id: edge.id } });
    edgeIds.add(edge.id);
    const s = nodesById.get(edge.source);
    const t = nodesById.get(edge.target);
    if (!s) issues.push({ path: `edges[${i}].source`, problem: { code: 'missingNode', id: edge.source } });
    if (!t) issues.push({ path: `edges[${i}].target`, problem: { code: 'missingNode', id: edge.target } });
    if (!s || !t) return;
    const verdict = judgeConnection(s, t, seen);
    seen.push(edge);
    if (!verdict.ok) {
      issues.push({ path: `edges[${i}]`, problem: { code: 'wiring', why: verdict.why } });
      return;
    }
    checkProps(edgePropSpecs(verdict.edgeKind, s.kind, t.kind), edge.props, `edges[${i}].props`, issues);
  });
  return issues.length ? { ok: false, issues: onePerPlace(issues) } : { ok: true, value: doc };
}
