import type { PropProblem } from './props';
import type { Localized } from './types';

/** Why a document, or a part of it, is refused. Codes are stable; the UI translates them. */
export type Problem =
  | PropProblem
  | { code: 'invalidType'; expected: string; received: string }
  | { code: 'invalidValue'; expected: string; received: string }
  | { code: 'missing' }
  | { code: 'notJson'; detail: string }
  | { code: 'missingVersion' }
  | { code: 'newerVersion'; version: number }
  | { code: 'unknownProp'; key: string }
  | { code: 'duplicateId'; id: string }
  | { code: 'missingNode'; id: string }
  | { code: 'wiring'; why: Localized }
  | { code: 'tooMany'; max: number }
  | { code: 'migrationFailed'; migration: string; detail: string };

/** One problem and where it is, e.g. `nodes[3].props.rate`. */
export interface ValidationIssue {
  path: string;
  problem: Problem;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Joins path segments into `nodes[3].props.rate`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

/** An English one-line description, for developers, logs and the CLI. */
export function describeIssue(issue: ValidationIssue): string {
  const p = issue.problem;
  const where = issue.path || 'document';
  switch (p.code) {
    case 'type':
      return `${where}: expected a ${p.expected}`;
    case 'notInteger':
      return `${where}: must be a whole number`;
    case 'tooSmall':
      return `${where}: below the minimum ${p.min}`;
    case 'tooLarge':
      return `${where}: above the maximum ${p.max}`;
    case 'notAnOption':
      return `${where}: must be one of ${p.options.join(', ')}`;
    case 'tooLong':
      return `${where}: longer than ${p.maxLength} characters`;
    case 'invalidType':
      return `${where}: expected ${p.expected}, got ${p.received}`;
    case 'invalidValue':
      return `${where}: expected ${p.expected}, got ${p.received}`;
    case 'missing':
      return `${where}: missing`;
    case 'notJson':
      return `${where}: not valid JSON (${p.detail})`;
    case 'missingVersion':
      return `${where}: no version number`;
    case 'newerVersion':
      return `${where}: made by a newer version (${p.version})`;
    case 'unknownProp':
      return `${where}: unknown property "${p.key}"`;
    case 'duplicateId':
      return `${where}: duplicate id "${p.id}"`;
    case 'missingNode':
      return `${where}: no node with id "${p.id}"`;
    case 'wiring':
      return `${where}: ${p.why.en}`;
    case 'tooMany':
      return `${where}: more than ${p.max}`;
    case 'migrationFailed':
      return `${where}: migration ${p.migration} failed (${p.detail})`;
  }
}
