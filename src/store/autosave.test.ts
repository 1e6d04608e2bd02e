import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DiagramDocument, emptyDocument } from '../model';
import {
  AUTOSAVE_KEY,
  autosaveRevision,
  DAMAGED_PREFIX,
  onOtherTabConflict,
  restoreAutosave,
  saveNow,
} from './autosave';
import { RECENT_KEY, useRecent } from './recent';
import { probeStorage } from './storage';
import { MemoryStorage } from './testing/memoryStorage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  useRecent.setState({ entries: [], persisted: 'ok' });
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('autosave', () => {
  it('restores what it saved', () => {
    const doc = {
      ...emptyDocument('Mine'),
      nodes: [{ id: 'n1', kind: 'service' as const, label: 'S', position: { x: 1, y: 2 }, props: {} }],
    };
    expect(saveNow(doc)).toBe('ok');
    expect(restoreAutosave()).toEqual({ kind: 'ok', doc });
  });

  it('keeps damaged data aside instead of deleting it, and says what is wrong', () => {
    const raw = JSON.stringify({
      rev: 1,
      doc: { ...emptyDocument(), nodes: [{ id: 'n1', kind: 'toaster' }] },
    });
    storage.setItem(AUTOSAVE_KEY, raw);
    const restored = restoreAutosave(new Date('2026-01-02T03:04:05Z'));
    expect(restored).toMatchObject({ kind: 'damaged', keptAs: `${DAMAGED_PREFIX}2026-01-02T03:04:05.000Z` });
    if (restored.kind === 'damaged') expect(restored.issues[0]!.path).toMatch(/^nodes\[0\]/);
    expect(storage.getItem(`${DAMAGED_PREFIX}2026-01-02T03:04:05.000Z`)).toBe(raw);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('treats text that is not JSON as damaged too', () => {
    storage.setItem(AUTOSAVE_KEY, '{not json');
    expect(restoreAutosave()).toMatchObject({ kind: 'damaged', issues: [{ problem: { code: 'notJson' } }] });
  });

  it('reports a full storage instead of throwing', () => {
    storage.quota = 10;
    expect(saveNow(emptyDocument())).toBe('full');
  });
});

const withNodes = (name: string, count: number): DiagramDocument => ({
  ...emptyDocument(name),
  nodes: Array.from({ length: count }, (_, i) => ({
    id: `n${i + 1}`,
    kind: 'service' as const,
    label: `${name} ${i}`,
    position: { x: i * 200, y: 0 },
    props: {},
  })),
});

const storedRev = () => JSON.parse(storage.getItem(AUTOSAVE_KEY)!).rev as number;

describe('autosave revisions and other tabs', () => {
  it('gives every save a higher revision', () => {
    saveNow(withNodes('A', 1));
    const first = storedRev();
    saveNow(withNodes('A', 2));
    expect(storedRev()).toBe(first + 1);
    expect(autosaveRevision()).toBe(first + 1);
  });

  it('does not treat its own earlier saves as another tab’s', () => {
    const conflict = vi.fn();
    onOtherTabConflict(conflict);
    saveNow(withNodes('Mine', 1));
    saveNow(withNodes('Mine', 2));
    expect(conflict).not.toHaveBeenCalled();
    expect(useRecent.getState().entries).toEqual([]);
    onOtherTabConflict(null);
  });

  it('keeps a newer save from another tab in Recent diagrams before writing over it, and says so', () => {
    const conflict = vi.fn();
    onOtherTabConflict(conflict);
    saveNow(withNodes('Mine', 1));
    const theirs = withNodes('Theirs', 3);
    const otherRev = storedRev() + 4;
    storage.setItem(
      AUTOSAVE_KEY,
      JSON.stringify({ rev: otherRev, savedAt: '', tab: 'other-tab', doc: theirs }),
    );

    expect(saveNow(withNodes('Mine', 2))).toBe('ok');
    expect(conflict).toHaveBeenCalledTimes(1);
    expect(storedRev()).toBe(otherRev + 1);
    const [kept] = useRecent.getState().entries;
    expect(kept).toMatchObject({ name: 'Theirs', nodes: 3, reason: 'otherTab' });
    expect(JSON.parse(storage.getItem(RECENT_KEY)!)).toHaveLength(1);
    // The next save is this tab's own again: no second copy.
    saveNow(withNodes('Mine', 3));
    expect(conflict).toHaveBeenCalledTimes(1);
    onOtherTabConflict(null);
  });

  it('restoring adopts the stored revision, so the next save is not a conflict', () => {
    storage.setItem(
      AUTOSAVE_KEY,
      JSON.stringify({ rev: 90, savedAt: '', tab: 'other-tab', doc: withNodes('X', 1) }),
    );
    expect(restoreAutosave()).toMatchObject({ kind: 'ok' });
    saveNow(withNodes('X', 2));
    expect(storedRev()).toBe(91);
    expect(useRecent.getState().entries).toEqual([]);
  });
});

describe('storage that is missing or refuses', () => {
  it('runs without localStorage and says it is unavailable', () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(probeStorage()).toBe('unavailable');
    expect(saveNow(withNodes('A', 1))).toBe('unavailable');
    expect(restoreAutosave()).toEqual({ kind: 'none' });
  });

  it('treats a localStorage that throws on access (sandboxed frames) as unavailable', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(probeStorage()).toBe('unavailable');
    expect(saveNow(withNodes('A', 1))).toBe('unavailable');
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('reports full storage, and saves again once there is room', () => {
    storage.quota = 10;
    expect(probeStorage()).toBe('ok');
    expect(saveNow(withNodes('A', 1))).toBe('full');
    storage.quota = Number.POSITIVE_INFINITY;
    expect(saveNow(withNodes('A', 1))).toBe('ok');
  });
});
