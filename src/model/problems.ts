import type { PropProblem } from './props';
import type { Localized } from './types';

/** Why a document, or a part of it, is refused. Codes are stable; the UI translates them. */
export type Problem =
  | PropProblem
  | { code: 'expected'; expected: Expected; received: Received }
  | { code: 'empty' }
  | { code: 'damagedJournal' }
  | { code: 'unsafeId' }
  | { code: 'unknownKind'; kind: string }
  | { code: 'fixedWhileRunning' }
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

/** What a place in a document should hold, in words a person reads ("a list", "a whole number"). */
export type Expected =
  | 'object'
  | 'list'
  | 'text'
  | 'number'
  | 'wholeNumber'
  | 'finiteNumber'
  | 'trueFalse'
  | 'propValue';

/** What was found there instead, described, never echoed (it may be huge or hostile). */
export type Received =
  | 'nothing'
  | 'object'
  | 'list'
  | 'text'
  | 'number'
  | 'fraction'
  | 'infinite'
  | 'trueFalse';

/** Describes a value by its kind, for a refusal. */
export function receivedOf(value: unknown): Received {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'trueFalse';
    case 'number':
      return !Number.isFinite(value) ? 'infinite' : Number.isInteger(value) ? 'number' : 'fraction';
    default:
      return 'object';
  }
}

const EXPECTED_EN: Record<Expected, string> = {
  object: 'an object',
  list: 'a list',
  text: 'text',
  number: 'a number',
  wholeNumber: 'a whole number',
  finiteNumber: 'a finite number',
  trueFalse: 'true or false',
  propValue: 'a number, text or true/false',
};
const RECEIVED_EN: Record<Received, string> = {
  nothing: 'nothing (null)',
  object: 'an object',
  list: 'a list',
  text: 'text',
  number: 'a number',
  fraction: 'a fraction',
  infinite: 'an infinite number',
  trueFalse: 'true or false',
};

/** Keeps the first issue at each place: one place, one message, however many rules it broke. */
export function onePerPlace(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (seen.has(i.path)) return false;
    seen.add(i.path);
    return true;
  });
}

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
    case 'expected':
      return `${where}: should be ${EXPECTED_EN[p.expected]}, not ${RECEIVED_EN[p.received]}`;
    case 'empty':
      return `${where}: must not be empty`;
    case 'damagedJournal':
      return `${where}: the run's recorded actions cannot be read`;
    case 'unsafeId':
      return `${where}: an id may use only letters, digits and _ - . :`;
    case 'unknownKind':
      return `${where}: unknown component kind "${p.kind}"`;
    case 'fixedWhileRunning':
      return `${where}: cannot change while the run goes on`;
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
