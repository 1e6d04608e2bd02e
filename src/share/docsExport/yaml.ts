/*
 * A YAML writer for JSON-shaped data (objects, arrays, strings, finite numbers, booleans, null),
 * enough for an AsyncAPI document. Every string is written double-quoted with JSON's escapes, which
 * YAML 1.2 reads the same way, so no user text can end a value, start a comment or a document, or
 * turn into a number, a date or a boolean. A library would add a dependency for nothing more.
 */

/** A value the writer takes. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A lone half of a surrogate pair, which is not text and which YAML readers refuse. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Characters JSON leaves as they are but a YAML reader may not: DEL, the C1 controls (U+0085 is a
 * line break in YAML 1.1), the line and paragraph separators and the byte order mark.
 */
const YAML_UNSAFE = /[\u007F-\u009F\u2028\u2029\uFEFF]/g;

/** A string as a double-quoted YAML scalar. */
export function quoted(text: string): string {
  return JSON.stringify(text.replace(LONE_SURROGATE, '\uFFFD')).replace(
    YAML_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Keys that read as something else when unquoted (YAML 1.1 booleans and null). */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_.$-]*$/;
const SPECIAL_KEY = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

function key(name: string): string {
  return PLAIN_KEY.test(name) && !SPECIAL_KEY.test(name) ? name : quoted(name);
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return String(value);
}

function isEmpty(value: Json): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

function block(value: Json, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: Json) => {
      if (isEmpty(item) || typeof item !== 'object' || item === null) return [`${indent}- ${inline(item)}`];
      // The first line of a nested block goes after the dash; the rest line up under it.
      const [first = '', ...rest] = block(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value as Record<string, Json>).flatMap(([name, item]) =>
      isEmpty(item) || typeof item !== 'object' || item === null
        ? [`${indent}${key(name)}: ${inline(item)}`]
        : [`${indent}${key(name)}:`, ...block(item, `${indent}  `)],
    );
  }
  return [`${indent}${inline(value)}`];
}

function inline(value: Json): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return scalar(value);
}

/** The value as a YAML document (block style, two-space indent, a newline at the end). */
export function toYaml(value: Json): string {
  return `${block(value, '').join('\n')}\n`;
}
