/*
 * Records keyed by what a person typed: component ids, wire ids, consumer groups, gateway routes.
 *
 * Such a key may be any word, including `constructor`, `toString` or `__proto__`. A plain object
 * read with `record[id]` answers those from Object.prototype (a function where a summary was
 * expected), and `record['__proto__'] = value` replaces the object's prototype instead of storing
 * an entry. So an `IdRecord` has no index signature: the compiler refuses `record[id]`, and it is
 * read and written only through the functions below, which look at own properties only. The JSON
 * shape is an ordinary object, so it still travels through JSON, `postMessage` and links.
 */

declare const idRecordBrand: unique symbol;

/** A JSON object from ids (or names) to values; read it with `own`, `ownEntries`, `ownKeys`. */
export interface IdRecord<T> {
  readonly [idRecordBrand]: T;
}

/**
 * The same data typed as plain records, for tests that read fixed ids they chose themselves
 * (`summary.nodes.n1`); production code reads through `own`.
 */
export type PlainRecords<T> =
  T extends IdRecord<infer U>
    ? { readonly [key: string]: PlainRecords<U> }
    : T extends readonly (infer E)[]
      ? readonly PlainRecords<E>[]
      : T extends object
        ? { readonly [K in keyof T]: PlainRecords<T[K]> }
        : T;

/** An empty record with no prototype, so not even a stray `in` sees Object.prototype. */
export function idRecord<T>(): IdRecord<T> {
  return Object.create(null) as IdRecord<T>;
}

/** A record from entries; a key given twice keeps the last value. */
export function idRecordOf<T>(entries: Iterable<readonly [string, T]>): IdRecord<T> {
  const out = idRecord<T>();
  for (const [key, value] of entries) put(out, key, value);
  return out;
}

/** The value stored under `key`, never one inherited from a prototype. */
export function own<T>(record: IdRecord<T> | null | undefined, key: string): T | undefined {
  if (record === null || record === undefined || !Object.hasOwn(record, key)) return undefined;
  return (record as unknown as Record<string, T>)[key];
}

/** Whether `key` has an entry of its own. */
export function hasOwnEntry(record: IdRecord<unknown> | null | undefined, key: string): boolean {
  return record !== null && record !== undefined && Object.hasOwn(record, key);
}

/** Stores `value` under `key` as an own property (even for `__proto__`, which assignment would not). */
export function put<T>(record: IdRecord<T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Removes the entry under `key`, if there is one. */
export function drop(record: IdRecord<unknown>, key: string): void {
  if (Object.hasOwn(record, key)) delete (record as unknown as Record<string, unknown>)[key];
}

/** The record's own entries, in insertion order. */
export function ownEntries<T>(record: IdRecord<T> | null | undefined): [string, T][] {
  return record ? (Object.entries(record as object) as [string, T][]) : [];
}

/** The record's own keys, in insertion order. */
export function ownKeys(record: IdRecord<unknown> | null | undefined): string[] {
  return record ? Object.keys(record as object) : [];
}

/** The record's own values, in insertion order. */
export function ownValues<T>(record: IdRecord<T> | null | undefined): T[] {
  return record ? (Object.values(record as object) as T[]) : [];
}

/** A copy with `key` set to `value` (the original is left as it was). */
export function withEntry<T>(record: IdRecord<T>, key: string, value: T): IdRecord<T> {
  const out = idRecordOf(ownEntries(record));
  put(out, key, value);
  return out;
}

/** A copy without `key`. */
export function withoutEntry<T>(record: IdRecord<T>, key: string): IdRecord<T> {
  return idRecordOf(ownEntries(record).filter(([k]) => k !== key));
}
