import { describe, expect, it } from 'vitest';
import {
  drop,
  hasOwnEntry,
  idRecord,
  idRecordOf,
  own,
  ownEntries,
  ownKeys,
  put,
  withEntry,
  withoutEntry,
} from './idRecord';

const HOSTILE = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf'];

describe('IdRecord', () => {
  it('answers nothing for a property name it was never given', () => {
    const rec = idRecord<number>();
    for (const key of HOSTILE) {
      expect(own(rec, key)).toBeUndefined();
      expect(hasOwnEntry(rec, key)).toBe(false);
    }
    // The same holds for a record that came through JSON (an ordinary object with a prototype).
    const parsed = JSON.parse(JSON.stringify(idRecordOf([['n1', 1]])));
    for (const key of HOSTILE) expect(own(parsed, key)).toBeUndefined();
    expect(own(parsed, 'n1')).toBe(1);
  });

  it('stores any word as an entry, __proto__ included, and keeps it through JSON and structured clone', () => {
    const rec = idRecord<string>();
    for (const key of HOSTILE) put(rec, key, `value of ${key}`);
    expect(ownKeys(rec)).toEqual(HOSTILE);
    for (const copy of [JSON.parse(JSON.stringify(rec)), structuredClone(rec)]) {
      for (const key of HOSTILE) expect(own(copy, key)).toBe(`value of ${key}`);
      // Storing __proto__ as data never changed a prototype.
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('puts, drops and copies without touching the original', () => {
    const a = idRecordOf([
      ['x', 1],
      ['y', 2],
    ]);
    const b = withEntry(a, 'constructor', 3);
    const c = withoutEntry(b, 'x');
    expect(ownEntries(a)).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
    expect(own(b, 'constructor')).toBe(3);
    expect(ownKeys(c)).toEqual(['y', 'constructor']);
    drop(c, 'constructor');
    drop(c, 'toString');
    expect(ownKeys(c)).toEqual(['y']);
  });
});
