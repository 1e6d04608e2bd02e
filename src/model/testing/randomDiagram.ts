import {
  CATALOGUE,
  type DiagramDocument,
  type DiagramEdge,
  type DiagramNode,
  DOCUMENT_VERSION,
  edgePropSpecs,
  judgeConnection,
  LIMITS,
  NODE_KINDS,
  type PropSpec,
  type PropValues,
} from '../index';
import { seededRandom } from './random';

/** Text people (and attackers) type: markup, quotes, emoji, other scripts, lone surrogates. */
const TEXTS = [
  '',
  'Orders',
  '<img src=x onerror=alert(1)>',
  '"quoted" \\ back\\slash',
  'Замовлення',
  '注文 🚀',
  '\ud800 lone',
  '__proto__',
  'constructor',
  '  spaced  ',
  '#d=1.abc',
];

function text(random: () => number, max: number): string {
  const base = TEXTS[Math.floor(random() * TEXTS.length)]!;
  const extra = random() < 0.3 ? String.fromCharCode(32 + Math.floor(random() * 0x2000)) : '';
  return (base + extra).slice(0, max);
}

function value(spec: PropSpec, random: () => number): PropValues[string] {
  switch (spec.type) {
    case 'number': {
      const v = spec.min + random() * (spec.max - spec.min);
      const rounded = spec.integer ? Math.round(v) : Math.round(v * 1000) / 1000;
      return Math.min(spec.max, Math.max(spec.min, rounded));
    }
    case 'enum':
      return spec.options[Math.floor(random() * spec.options.length)]!.value;
    case 'boolean':
      return random() < 0.5;
    case 'string':
      return text(random, spec.maxLength);
  }
}

function props(specs: readonly PropSpec[], random: () => number): PropValues {
  const out: PropValues = {};
  for (const spec of specs) if (random() < 0.2) out[spec.key] = value(spec, random);
  return out;
}

/** A whole number in [-max, max]; `+ 0` turns -0 into 0, as JSON does. */
const whole = (random: () => number, max: number) => Math.round((random() * 2 - 1) * max) + 0;
const coordinate = (random: () => number) => whole(random, random() < 0.05 ? LIMITS.coordinate : 5000);

/**
 * A valid document with `nodeCount` nodes (whole-pixel positions, as the editor stores them),
 * wired only where the catalogue allows, with random sparse properties and some custom ids.
 */
export function randomDiagram(seed: number, nodeCount: number): DiagramDocument {
  const random = seededRandom(seed);
  const nodes: DiagramNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = NODE_KINDS[Math.floor(random() * NODE_KINDS.length)]!;
    nodes.push({
      id: random() < 0.8 ? `n${i + 1}` : `node-${i}-${Math.floor(random() * 1000)}`,
      kind,
      label: text(random, LIMITS.labelLength),
      position: { x: coordinate(random), y: coordinate(random) },
      props: props(CATALOGUE[kind].props, random),
    });
  }
  const edges: DiagramEdge[] = [];
  const attempts = nodeCount * 3;
  for (let a = 0; a < attempts && edges.length < LIMITS.edges; a++) {
    const s = nodes[Math.floor(random() * nodeCount)]!;
    const t = nodes[Math.floor(random() * nodeCount)]!;
    const verdict = judgeConnection(s, t, edges);
    if (!verdict.ok) continue;
    const i = edges.length;
    edges.push({
      id: random() < 0.8 ? `e${i + 1}` : `wire-${i}`,
      source: s.id,
      target: t.id,
      props: props(edgePropSpecs(verdict.edgeKind, s.kind, t.kind), random),
    });
  }
  return {
    version: DOCUMENT_VERSION,
    name: text(random, LIMITS.nameLength),
    nodes,
    edges,
    viewport: {
      x: whole(random, 3000),
      y: whole(random, 3000),
      zoom: Math.max(0.02, Math.round(random() * 8000) / 1000),
    },
    run: { seed: Math.floor(random() * 2 ** 32), speed: 0.1 + Math.round(random() * 499) / 10 },
  };
}
