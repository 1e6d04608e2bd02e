import { L, LATER } from './localText';
import type { Localized, PropValue, PropValues } from './types';

export type Unit = 'ms' | 's' | 'perSecond' | 'percent' | 'count' | 'kb' | 'factor';

interface PropBase {
  key: string;
  label: Localized;
  /** Empty until `catalogue/help.ts` has loaded (with the inspector): the first page does without. */
  help: Localized;
  /** Shown (and used by the engine) only when another property has one of these values. */
  visibleWhen?: { key: string; oneOf: readonly PropValue[] };
}

export interface NumberProp extends PropBase {
  type: 'number';
  default: number;
  min: number;
  max: number;
  integer?: boolean;
  unit?: Unit;
}

export interface EnumOption {
  value: string;
  label: Localized;
}

export interface EnumProp extends PropBase {
  type: 'enum';
  default: string;
  options: readonly EnumOption[];
}

export interface BooleanProp extends PropBase {
  type: 'boolean';
  default: boolean;
}

export interface StringProp extends PropBase {
  type: 'string';
  default: string;
  maxLength: number;
  placeholder?: string;
}

export type PropSpec = NumberProp | EnumProp | BooleanProp | StringProp;

/** Why a value is refused for a property; `null` when it is acceptable. */
export type PropProblem =
  | { code: 'type'; expected: PropSpec['type'] }
  | { code: 'notInteger' }
  | { code: 'tooSmall'; min: number }
  | { code: 'tooLarge'; max: number }
  | { code: 'notAnOption'; options: string[] }
  | { code: 'tooLong'; maxLength: number };

/** Checks one value against its property spec. */
export function checkPropValue(spec: PropSpec, value: unknown): PropProblem | null {
  switch (spec.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'type', expected: 'number' };
      if (spec.integer && !Number.isInteger(value)) return { code: 'notInteger' };
      if (value < spec.min) return { code: 'tooSmall', min: spec.min };
      if (value > spec.max) return { code: 'tooLarge', max: spec.max };
      return null;
    case 'enum':
      if (typeof value !== 'string') return { code: 'type', expected: 'enum' };
      if (!spec.options.some((o) => o.value === value))
        return { code: 'notAnOption', options: spec.options.map((o) => o.value) };
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : { code: 'type', expected: 'boolean' };
    case 'string':
      if (typeof value !== 'string') return { code: 'type', expected: 'string' };
      if (value.length > spec.maxLength) return { code: 'tooLong', maxLength: spec.maxLength };
      return null;
  }
}

/** Every property with its value: the stored ones, and the default where none is stored. */
export function resolveProps(specs: readonly PropSpec[], stored: PropValues): PropValues {
  const out: PropValues = {};
  for (const spec of specs) {
    const v = Object.hasOwn(stored, spec.key) ? stored[spec.key] : undefined;
    out[spec.key] = v === undefined ? spec.default : v;
  }
  return out;
}

/** Whether a property applies given the other values (e.g. poll interval only for polling clients). */
export function isPropVisible(spec: PropSpec, values: PropValues): boolean {
  if (!spec.visibleWhen) return true;
  const v = values[spec.visibleWhen.key];
  return v !== undefined && spec.visibleWhen.oneOf.includes(v);
}

// Small constructors keep the catalogue readable.
type Common = Omit<PropBase, 'key' | 'label' | 'help'>;

export function num(
  key: string,
  label: Localized,
  range: { default: number; min: number; max: number; unit?: Unit; integer?: boolean } & Common,
): NumberProp {
  return { key, label, help: LATER, type: 'number', ...range };
}

export function choice(
  key: string,
  label: Localized,
  options: readonly EnumOption[],
  defaultValue: string,
  extra: Common = {},
): EnumProp {
  return { key, label, help: LATER, type: 'enum', options, default: defaultValue, ...extra };
}

export function flag(key: string, label: Localized, defaultValue: boolean, extra: Common = {}): BooleanProp {
  return { key, label, help: LATER, type: 'boolean', default: defaultValue, ...extra };
}

export function text(
  key: string,
  label: Localized,
  defaultValue: string,
  extra: Common & { maxLength?: number; placeholder?: string } = {},
): StringProp {
  const { maxLength = 200, ...rest } = extra;
  return { key, label, help: LATER, type: 'string', default: defaultValue, maxLength, ...rest };
}

export const opt = (value: string, en: string): EnumOption => ({ value, label: L(en) });
export { L, LATER };
