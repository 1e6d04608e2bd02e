import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../model';
import { AUTOSAVE_KEY, DAMAGED_PREFIX, restoreAutosave, saveNow } from './autosave';

class MemoryStorage {
  items = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
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
