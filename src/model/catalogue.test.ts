import { describe, expect, it } from 'vitest';
import { CATALOGUE, EDGE_CATALOGUE, GROUPS, kindsInGroup } from './catalogue';
import { addNode, connect } from './commands';
import { emptyDocument } from './defaults';
import { checkPropValue, type PropSpec } from './props';
import { validateDocument } from './schema';
import { EDGE_KINDS, NODE_KINDS, type NodeKind } from './types';
import { allowedTargets, WIRING } from './wiring';

function hasText(s: { en: string; uk: string }): boolean {
  return s.en.trim().length > 0 && s.uk.trim().length > 0 && s.en !== s.uk;
}

describe('catalogue', () => {
  it('describes every node kind, each in one palette group', () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...NODE_KINDS].sort());
    const grouped = GROUPS.flatMap((g) => kindsInGroup(g).map((k) => k.kind));
    expect(grouped.sort()).toEqual([...NODE_KINDS].sort());
  });

  it('gives every kind and property an English and a Ukrainian text', () => {
    for (const spec of Object.values(CATALOGUE)) {
      expect(spec.name.en && spec.name.uk, spec.kind).toBeTruthy();
      expect(hasText(spec.description), `${spec.kind} description`).toBe(true);
      for (const p of spec.props) {
        expect(p.label.en && p.label.uk, `${spec.kind}.${p.key}`).toBeTruthy();
        expect(hasText(p.help), `${spec.kind}.${p.key} help`).toBe(true);
      }
    }
    for (const e of Object.values(EDGE_CATALOGUE)) {
      expect(hasText(e.meaning), e.kind).toBe(true);
      for (const p of e.props) expect(hasText(p.help), `${e.kind}.${p.key}`).toBe(true);
    }
  });

  it('has defaults that pass their own property rules, and sane ranges', () => {
    const all: PropSpec[] = [
      ...Object.values(CATALOGUE).flatMap((k) => k.props),
      ...Object.values(EDGE_CATALOGUE).flatMap((e) => e.props),
    ];
    for (const p of all) {
      expect(checkPropValue(p, p.default), p.key).toBeNull();
      if (p.type === 'number') expect(p.min).toBeLessThan(p.max);
    }
  });

  it('uses each property key once per kind', () => {
    for (const spec of Object.values(CATALOGUE)) {
      const keys = spec.props.map((p) => p.key);
      expect(new Set(keys).size, spec.kind).toBe(keys.length);
    }
  });

  it('has a document in which every kind, with every allowed wire, validates with default properties', () => {
    let doc = emptyDocument('all kinds');
    const ids = new Map<NodeKind, string>();
    NODE_KINDS.forEach((kind, i) => {
      const r = addNode(doc, kind, { x: i * 200, y: 0 }, 'en');
      doc = r.doc;
      ids.set(kind, r.id);
    });
    // A second queue and exchange so self-kind wires (dead-letter, alternate) have a target.
    for (const kind of ['queue', 'exchange', 'service', 'gateway'] as const) {
      const r = addNode(doc, kind, { x: 0, y: 300 }, 'en');
      doc = r.doc;
      ids.set(`${kind}2` as NodeKind, r.id);
    }
    for (const source of NODE_KINDS) {
      for (const target of allowedTargets(source)) {
        const targetId = source === target ? ids.get(`${target}2` as NodeKind) : ids.get(target);
        const r = connect(doc, ids.get(source)!, targetId!);
        expect(r.verdict.ok, `${source} -> ${target}`).toBe(true);
        doc = r.doc;
      }
    }
    const result = validateDocument(doc);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const edgeKindsUsed = new Set(NODE_KINDS.flatMap((s) => Object.values(WIRING[s].targets)));
    expect([...edgeKindsUsed].sort()).toEqual([...EDGE_KINDS].sort());
  });
});
