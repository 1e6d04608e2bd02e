import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode';
import { emptyDocument } from './defaults';
import { SAFE_ID } from './safeIds';
import type { DiagramDocument } from './types';

function doc(ids: string[], wires: [number, number, string?][]): unknown {
  return {
    ...emptyDocument(),
    nodes: ids.map((id, i) => ({
      id,
      kind: i === 0 ? 'client' : 'service',
      label: `N${i}`,
      position: { x: i * 200, y: 0 },
      props: {},
    })),
    edges: wires.map(([s, t, id], i) => ({
      id: id ?? `e${i + 1}`,
      source: ids[s],
      target: ids[t],
      props: {},
    })),
  };
}

function decoded(input: unknown): DiagramDocument {
  const r = decodeDocument(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('safe ids', () => {
  it('keeps ids from the safe alphabet as they are, property names included', () => {
    const d = decoded(
      doc(
        ['constructor', '__proto__', 'n-1.a:b'],
        [
          [0, 1, 'toString'],
          [0, 2],
        ],
      ),
    );
    expect(d.nodes.map((n) => n.id)).toEqual(['constructor', '__proto__', 'n-1.a:b']);
    expect(d.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['toString', 'constructor', '__proto__'],
      ['e2', 'constructor', 'n-1.a:b'],
    ]);
  });

  it('renames ids that would break a selector, and rewires the wires to the new ids', () => {
    const odd = ['a"]', '<b>', 'Замовлення', 'x y'];
    const d = decoded(
      doc(odd, [
        [0, 1, 'w"1'],
        [0, 2],
        [0, 3],
      ]),
    );
    for (const id of [...d.nodes.map((n) => n.id), ...d.edges.map((e) => e.id)]) expect(id).toMatch(SAFE_ID);
    const [a, b, c, e] = d.nodes.map((n) => n.id);
    expect(new Set([a, b, c, e]).size).toBe(4);
    expect(d.edges.map((w) => [w.source, w.target])).toEqual([
      [a, b],
      [a, c],
      [a, e],
    ]);
    // The labels, which people read, are untouched.
    expect(d.nodes.map((n) => n.label)).toEqual(['N0', 'N1', 'N2', 'N3']);
  });

  it('never renames onto an id already taken, and an unsafe id used twice is still reported as a duplicate', () => {
    const d = decoded(doc(['n1', 'a b', 'n2'], [[0, 1]]));
    expect(d.nodes.map((n) => n.id)).toEqual(['n1', 'n3', 'n2']);
    const twice = decodeDocument(doc(['c', 'a b', 'a b'], []));
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.issues.map((i) => i.problem.code)).toContain('duplicateId');
  });
});
