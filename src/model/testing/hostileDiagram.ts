import { CATALOGUE, edgePropSpecs } from '../catalogue';
import { LIMITS } from '../defaults';
import type { PropSpec } from '../props';
import { type DiagramEdge, type DiagramNode, DOCUMENT_VERSION, NODE_KINDS, type PropValues } from '../types';
import { judgeConnection } from '../wiring';
import { seededRandom } from './random';

/**
 * Words that have hurt apps like this one: names every object inherits (a lookup by id answers a
 * function), markup, quotes and brackets that break selectors, very long and non-Latin strings.
 */
export const HOSTILE_WORDS: readonly string[] = [
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
  'then',
  'length',
  'name',
  'call',
  'apply',
  'bind',
  'map',
  '0',
  '-1',
  'NaN',
  'undefined',
  'null',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "a'b",
  'a"b',
  'a\\b',
  '[data-id]',
  '}{',
  '{{x}}',
  'Замовлення',
  'Оплата',
  '注文 🚀',
  'العربية',
  '\u202etxet',
  'a\u200db',
  ' ',
  'x'.repeat(64),
  'Довга назва '.repeat(16),
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function hostileText(random: () => number, max: number): string {
  return pick(random, HOSTILE_WORDS).slice(0, max);
}

function value(spec: PropSpec, random: () => number, gentle: boolean): PropValues[string] {
  switch (spec.type) {
    case 'number': {
      // The ends of the range are where bugs live; the middle is what people use. Gentle
      // numbers stay between the minimum and twice the default (no 5,000 requests a second).
      const r = random();
      const top = gentle
        ? Math.min(spec.max, Math.max(spec.min, Number(spec.default)) * 2 || spec.min + 1)
        : spec.max;
      const v = r < 0.15 ? spec.min : r < 0.3 ? top : spec.min + random() * (top - spec.min);
      return spec.integer ? Math.round(v) : Math.round(v * 1000) / 1000;
    }
    case 'enum':
      return pick(random, spec.options).value;
    case 'boolean':
      return random() < 0.5;
    case 'string':
      return hostileText(random, spec.maxLength);
  }
}

function props(specs: readonly PropSpec[], random: () => number, gentle: boolean): PropValues {
  const out: PropValues = {};
  for (const spec of specs) if (random() < 0.35) out[spec.key] = value(spec, random, gentle);
  return out;
}

/** A word as an id (trimmed to the id limit); the same word twice in a document gets a suffix. */
function idFrom(random: () => number, taken: Set<string>, fallback: string): string {
  let id = random() < 0.7 ? pick(random, HOSTILE_WORDS).slice(0, LIMITS.idLength) : fallback;
  if (id.length === 0 || taken.has(id)) id = `${id.slice(0, 50)}~${taken.size}`;
  taken.add(id);
  return id;
}

/**
 * A document, valid in shape and wiring, with one component of every kind and `extra` more,
 * ids, labels and text properties drawn from HOSTILE_WORDS, random valid property values and
 * random allowed wires. It is what an attacker's link could carry: the decoder may rename ids
 * outside the safe alphabet, and everything after it must cope with the rest. `gentle` keeps
 * numbers near their defaults, for tests that drive the page and must not be slowed by traffic.
 */
export function hostileDiagram(seed: number, extra = 6, { gentle = false } = {}): unknown {
  const random = seededRandom(seed);
  const nodeIds = new Set<string>();
  const kinds = [...NODE_KINDS, ...Array.from({ length: extra }, () => pick(random, NODE_KINDS))];
  const nodes: DiagramNode[] = kinds.map((kind, i) => ({
    id: idFrom(random, nodeIds, `n${i + 1}`),
    kind,
    label: hostileText(random, LIMITS.labelLength),
    position: { x: (i % 5) * 260, y: Math.floor(i / 5) * 180 },
    props: props(CATALOGUE[kind].props, random, gentle),
  }));
  const edges: DiagramEdge[] = [];
  const edgeIds = new Set<string>();
  for (let a = 0; a < nodes.length * 4; a++) {
    const s = pick(random, nodes);
    const t = pick(random, nodes);
    const verdict = judgeConnection(s, t, edges);
    if (!verdict.ok) continue;
    edges.push({
      id: idFrom(random, edgeIds, `e${edges.length + 1}`),
      source: s.id,
      target: t.id,
      props: props(edgePropSpecs(verdict.edgeKind, s.kind, t.kind), random, gentle),
    });
  }
  return {
    version: DOCUMENT_VERSION,
    name: hostileText(random, LIMITS.nameLength),
    nodes,
    edges,
    viewport: { x: 0, y: 0, zoom: 1 },
    run: { seed: Math.floor(random() * 1000), speed: 10 },
  };
}
