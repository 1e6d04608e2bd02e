import { describe, expect, it } from 'vitest';
import { connect } from './commands';
import { emptyDocument } from './defaults';
import type { DiagramDocument, NodeKind } from './types';
import { edgeKindBetween, judgeConnection } from './wiring';

const node = (id: string, kind: NodeKind) => ({ id, kind });

describe('wiring rules', () => {
  it.each([
    ['client', 'gateway', 'call'],
    ['client', 'provider', 'poll'],
    ['gateway', 'service', 'call'],
    ['gateway', 'queue', 'publish'],
    ['service', 'database', 'call'],
    ['service', 'topic', 'publish'],
    ['exchange', 'queue', 'bind'],
    ['exchange', 'exchange', 'alternate'],
    ['queue', 'service', 'consume'],
    ['queue', 'queue', 'deadLetter'],
    ['topic', 'service', 'consume'],
    ['topic', 'streams', 'consume'],
    ['streams', 'topic', 'publish'],
    ['provider', 'service', 'webhook'],
    ['eventBus', 'service', 'subscribe'],
    ['database', 'connect', 'read'],
    ['connect', 'database', 'write'],
  ] as const)('%s → %s is a %s wire', (source, target, kind) => {
    expect(edgeKindBetween(source, target)).toBe(kind);
  });

  it.each([
    ['exchange', 'service', 'only to queues'],
    ['database', 'service', 'calls nobody'],
    ['topic', 'queue', 'consumer groups'],
    ['queue', 'database', 'consuming services'],
    ['streams', 'service', 'to a topic'],
  ] as const)('refuses %s → %s and says why', (source, target, phrase) => {
    const verdict = judgeConnection(node('a', source), node('b', target), []);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.why.en).toContain(phrase);
      expect(verdict.why.uk.length).toBeGreaterThan(10);
    }
  });

  it('refuses wires into a client, to itself, and a second wire between the same pair', () => {
    expect(judgeConnection(node('a', 'service'), node('b', 'client'), [])).toMatchObject({
      ok: false,
      reason: 'intoClient',
    });
    expect(judgeConnection(node('a', 'service'), node('a', 'service'), [])).toMatchObject({
      ok: false,
      reason: 'selfLoop',
    });
    expect(
      judgeConnection(node('a', 'client'), node('b', 'service'), [{ source: 'a', target: 'b' }]),
    ).toMatchObject({
      ok: false,
      reason: 'duplicate',
    });
    // The opposite direction is a different wire.
    expect(
      judgeConnection(node('b', 'service'), node('a', 'service'), [{ source: 'a', target: 'b' }]).ok,
    ).toBe(true);
  });

  it('leaves the document unchanged when a connection is refused', () => {
    const doc: DiagramDocument = {
      ...emptyDocument(),
      nodes: [
        { id: 'n1', kind: 'exchange', label: 'X', position: { x: 0, y: 0 }, props: {} },
        { id: 'n2', kind: 'service', label: 'S', position: { x: 0, y: 0 }, props: {} },
      ],
    };
    const r = connect(doc, 'n1', 'n2');
    expect(r.verdict.ok).toBe(false);
    expect(r.doc).toBe(doc);
  });
});
