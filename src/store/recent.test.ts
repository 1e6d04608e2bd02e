import { beforeEach, describe, expect, it } from 'vitest';
import { type DiagramDocument, emptyDocument } from '../model';
import {
  forgetRecent,
  keepInRecent,
  loadRecent,
  RECENT_KEY,
  RECENT_LIMIT,
  recentDocument,
  useRecent,
} from './recent';
import { MemoryStorage } from './testing/memoryStorage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  useRecent.setState({ entries: [], persisted: 'ok' });
});

const doc = (name: string, nodes = 1): DiagramDocument => ({
  ...emptyDocument(name),
  nodes: Array.from({ length: nodes }, (_, i) => ({
    id: `n${i + 1}`,
    kind: 'client' as const,
    label: `C${i}`,
    position: { x: 0, y: i * 100 },
    props: {},
  })),
});

describe('recent diagrams', () => {
  it('keeps the last 10, newest first, with names, counts and dates', () => {
    for (let i = 0; i < 12; i++) keepInRecent(doc(`D${i}`, i + 1), 'replaced', new Date(2026, 0, 1, 0, i));
    const { entries } = useRecent.getState();
    expect(entries).toHaveLength(RECENT_LIMIT);
    expect(entries.map((e) => e.name)).toEqual([
      'D11',
      'D10',
      'D9',
      'D8',
      'D7',
      'D6',
      'D5',
      'D4',
      'D3',
      'D2',
    ]);
    expect(entries[0]).toMatchObject({
      nodes: 12,
      edges: 0,
      savedAt: new Date(2026, 0, 1, 0, 11).toISOString(),
    });
  });

  it('lists the same diagram once, moving it to the top', () => {
    keepInRecent(doc('A'), 'replaced');
    keepInRecent(doc('B'), 'replaced');
    keepInRecent(doc('A'), 'replaced');
    expect(useRecent.getState().entries.map((e) => e.name)).toEqual(['A', 'B']);
  });

  it('reopens an entry as exactly the diagram that was kept', () => {
    const original = doc('Mine', 4);
    keepInRecent(original, 'replaced');
    expect(recentDocument(useRecent.getState().entries[0]!)).toEqual({ ok: true, value: original });
  });

  it('survives a reload, skipping entries of the wrong shape and refusing damaged ones when opened', () => {
    keepInRecent(doc('Good'), 'replaced');
    const saved = JSON.parse(storage.getItem(RECENT_KEY)!);
    storage.setItem(
      RECENT_KEY,
      JSON.stringify([...saved, { id: 1 }, null, 'x', { ...saved[0], id: 'bad', packed: '{"v":1,"N":[' }]),
    );
    useRecent.setState({ entries: [] });
    loadRecent();
    const { entries } = useRecent.getState();
    expect(entries.map((e) => e.id)).toEqual([saved[0].id, 'bad']);
    expect(recentDocument(entries[1]!)).toEqual({ ok: false, problem: { code: 'damaged' } });
    storage.setItem(RECENT_KEY, '{not json');
    loadRecent();
    expect(useRecent.getState().entries).toEqual([]);
  });

  it('keeps the list in memory when storage is full, and says it could not persist it', () => {
    storage.full = true;
    expect(keepInRecent(doc('A'), 'replaced')).toBe('full');
    expect(useRecent.getState()).toMatchObject({ persisted: 'full', entries: [{ name: 'A' }] });
  });

  it('forgets an entry on request', () => {
    keepInRecent(doc('A'), 'replaced');
    keepInRecent(doc('B'), 'replaced');
    forgetRecent(useRecent.getState().entries[0]!.id);
    expect(useRecent.getState().entries.map((e) => e.name)).toEqual(['A']);
  });
});
