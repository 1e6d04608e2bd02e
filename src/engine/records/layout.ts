import { SlotPool } from '../core/slots';

/*
 * Record pools from a declared field table. A pool keeps its records one after another in one
 * Float64Array (array of structs), so the fields of the record a handler works on share a cache
 * line or two; with one typed array per field each field read was its own cache miss. Integer
 * fields are stored as doubles, exactly.
 */

/** `name(i)` reads field `name` of record i, `setName(i, v)` writes it. */
export type FieldAccessors<Name extends string> = {
  readonly [N in Name]: (i: number) => number;
} & {
  readonly [N in Name as `set${Capitalize<N>}`]: (i: number, v: number) => void;
};

/** A pool class made by recordPool. */
export interface RecordPoolClass<Name extends string> {
  new (
    capacity: number,
  ): Pick<SlotPool, keyof SlotPool> & { readonly f: Float64Array } & FieldAccessors<Name>;
  /** Doubles per record. */
  readonly STRIDE: number;
}

/** Doubles per record: its fields, padded to whole 64-byte cache lines. */
export const strideOf = (fieldCount: number): number => Math.ceil(fieldCount / 8) * 8;

/**
 * A pool class whose records have these fields in this order, each with an accessor pair. An
 * alias is a second name for a field's slot: what one behaviour keeps there, called by its name.
 */
export function recordPool<
  const F extends readonly string[],
  const A extends { readonly [alias: string]: F[number] },
>(fields: F, aliases: A): RecordPoolClass<F[number] | Extract<keyof A, string>> {
  const stride = strideOf(fields.length);
  class Pool extends SlotPool {
    static readonly STRIDE = stride;
    f = new Float64Array(this.capacity * stride);

    protected resize(n: number): void {
      const f = new Float64Array(n * stride);
      f.set(this.f);
      this.f = f;
    }
  }
  const proto = Pool.prototype as unknown as Record<string, unknown>;
  const define = (name: string, accessor: unknown) => {
    if (name in proto) throw new Error(`record field or alias ${name} is declared twice`);
    proto[name] = accessor;
  };
  fields.forEach((name, offset) => {
    define(name, reader(stride, offset));
    define(setterOf(name), writer(stride, offset));
  });
  // The alias is the same function as its field's accessor, so call sites stay monomorphic.
  for (const [alias, field] of Object.entries(aliases)) {
    define(alias, proto[field]);
    define(setterOf(alias), proto[setterOf(field)]);
  }
  return Pool as unknown as RecordPoolClass<F[number] | Extract<keyof A, string>>;
}

const setterOf = (name: string): string => `set${name[0]!.toUpperCase()}${name.slice(1)}`;

// The accessors read stride and offset from their closure as parameters never reassigned: V8
// loads those as immutable context slots without a hole check (a const would add one), which
// keeps each accessor within V8's small-function inlining size (27 bytes of bytecode); inlined
// at a call site, both fold to constants, as fast as a literal offset.
function reader(stride: number, offset: number) {
  return function field(this: { f: Float64Array }, i: number): number {
    return this.f[i * stride + offset]!;
  };
}

function writer(stride: number, offset: number) {
  return function setField(this: { f: Float64Array }, i: number, v: number): void {
    this.f[i * stride + offset] = v;
  };
}
