import { LIMITS } from './defaults';
import { migrate } from './migrations';
import { type Result, receivedOf, type ValidationIssue } from './problems';
import { withSafeIds } from './safeIds';
import { validateDocument } from './schema';
import { type DiagramDocument, DOCUMENT_VERSION } from './types';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The one way untrusted data becomes a document: check the version, migrate up to the current
 * version, then validate. Never throws; a refusal names where and what.
 */
export function decodeDocument(input: unknown): Result<DiagramDocument> {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [{ path: '', problem: { code: 'expected', expected: 'object', received: receivedOf(input) } }],
    };
  }
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, issues: [{ path: 'version', problem: { code: 'missingVersion' } }] };
  }
  if (version > DOCUMENT_VERSION) {
    return { ok: false, issues: [{ path: 'version', problem: { code: 'newerVersion', version } }] };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(input, version).doc;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: '', problem: { code: 'migrationFailed', migration: `v${version}`, detail } }],
    };
  }
  // Size caps guard against hostile or runaway input; the engine itself runs larger diagrams (benchmarks do).
  const sizes: ValidationIssue[] = [];
  for (const key of ['nodes', 'edges'] as const) {
    const list = migrated[key];
    if (Array.isArray(list) && list.length > LIMITS[key])
      sizes.push({ path: key, problem: { code: 'tooMany', max: LIMITS[key] } });
  }
  if (sizes.length) return { ok: false, issues: sizes };
  return validateDocument(withSafeIds(migrated));
}

/** Parses JSON text, then decodes it. */
export function decodeDocumentJson(text: string): Result<DiagramDocument> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', problem: { code: 'notJson', detail } }] };
  }
  return decodeDocument(parsed);
}
