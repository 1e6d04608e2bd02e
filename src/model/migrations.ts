import { DOCUMENT_VERSION } from './types';

/** A step from one document version to the next. Documents at `from` become `from + 1`. */
export interface Migration {
  from: number;
  name: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Ordered migrations, numbered from 1: MIGRATIONS[i] takes version i + 1 to i + 2.
 * Version 1 is the first released format, so there are none yet; each new format version
 * adds one here with its own test and a golden document in src/model/golden/.
 */
export const MIGRATIONS: readonly Migration[] = [];

if (MIGRATIONS.length !== DOCUMENT_VERSION - 1) {
  throw new Error(`MIGRATIONS has ${MIGRATIONS.length} steps but DOCUMENT_VERSION is ${DOCUMENT_VERSION}`);
}

/** Runs every migration from the document's version up to the current one, in order. */
export function migrate(
  doc: Record<string, unknown>,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): { doc: Record<string, unknown>; applied: string[] } {
  let current = doc;
  const applied: string[] = [];
  for (const m of migrations) {
    if (m.from < fromVersion) continue;
    current = { ...m.up(current), version: m.from + 1 };
    applied.push(m.name);
  }
  return { doc: current, applied };
}
