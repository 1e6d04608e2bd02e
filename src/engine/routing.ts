/*
 * How a RabbitMQ exchange decides which bindings a message matches: pure functions of the routing
 * key (or headers) and the binding, so they are tested on their own and cached per key.
 */

/** Exchange types as integers. */
export const EXCHANGE = { direct: 0, topic: 1, fanout: 2, headers: 3 } as const;

/** A binding as parsed from its edge's bindingKey. */
export type Binding =
  | { type: 0 | 2; keys: string[] }
  | { type: 1; patterns: string[][] }
  | { type: 3; match: HeaderBinding };

export interface HeaderBinding {
  /** `all` or `any`; the `-with-x` forms also compare arguments whose names start with "x-". */
  mode: 'all' | 'any' | 'all-with-x' | 'any-with-x';
  /** Argument name and value; a null value matches any value of a present header. */
  args: [string, string | null][];
}

/** Splits a routing key into words; the empty key has no words. */
function words(key: string): string[] {
  return key === '' ? [] : key.split('.');
}

/**
 * AMQP 0-9-1 topic matching: words are separated by dots, `*` matches exactly one word (never a
 * missing or empty one) and `#` matches zero or more words.
 */
export function topicMatches(pattern: string, routingKey: string): boolean {
  return matchWords(words(pattern), words(routingKey));
}

function matchWords(p: readonly string[], k: readonly string[]): boolean {
  // Backtracking over the last `#` seen: linear in practice for real binding keys.
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < k.length) {
    if (i < p.length && p[i] === '#') {
      star = i++;
      resume = j;
    } else if (i < p.length && (p[i] === k[j] || (p[i] === '*' && k[j] !== ''))) {
      i++;
      j++;
    } else if (star >= 0) {
      i = star + 1;
      j = ++resume;
    } else return false;
  }
  while (i < p.length && p[i] === '#') i++;
  return i === p.length;
}

/** Parses "a=1; b=2" (a message's headers, or a binding's arguments) into pairs. */
export function parseHeaders(text: string): [string, string | null][] {
  const out: [string, string | null][] = [];
  for (const part of text.split(';')) {
    const s = part.trim();
    if (!s) continue;
    const eq = s.indexOf('=');
    if (eq < 0) out.push([s, null]);
    else out.push([s.slice(0, eq).trim(), s.slice(eq + 1).trim()]);
  }
  return out;
}

/** Parses a headers binding such as "x-match=any; format=pdf; type=report" (x-match defaults to all). */
export function parseHeaderBinding(text: string): HeaderBinding {
  let mode: HeaderBinding['mode'] = 'all';
  const args: [string, string | null][] = [];
  for (const [k, v] of parseHeaders(text)) {
    if (k === 'x-match') {
      if (v === 'any' || v === 'all' || v === 'all-with-x' || v === 'any-with-x') mode = v;
    } else args.push([k, v]);
  }
  return { mode, args };
}

/**
 * RabbitMQ's headers exchange: with `all` every argument must be present with an equal value (an
 * argument without a value only needs the header present), with `any` one is enough. Arguments
 * named "x-..." are ignored unless the mode ends in -with-x. No arguments: `all` matches every
 * message, `any` none.
 */
export function headersMatch(binding: HeaderBinding, headers: ReadonlyMap<string, string | null>): boolean {
  const withX = binding.mode.endsWith('-with-x');
  const all = binding.mode.startsWith('all');
  for (const [name, value] of binding.args) {
    if (!withX && name.startsWith('x-')) continue;
    const ok = headers.has(name) && (value === null || headers.get(name) === value);
    if (all && !ok) return false;
    if (!all && ok) return true;
  }
  return all;
}

/**
 * Parses a binding edge's key for an exchange type. Direct and topic bindings may list several
 * keys separated by commas (one wire can only be drawn once between an exchange and a queue);
 * the queue still gets one copy when several match.
 */
export function parseBinding(type: number, bindingKey: string): Binding {
  if (type === EXCHANGE.headers) return { type: 3, match: parseHeaderBinding(bindingKey) };
  const keys = bindingKey.split(',').map((k) => k.trim());
  if (type === EXCHANGE.topic) return { type: 1, patterns: keys.map(words) };
  return { type: type === EXCHANGE.fanout ? 2 : 0, keys };
}

/** Whether a message with this routing key (for headers: its "a=1; b=2" text) matches a binding. */
export function bindingMatches(
  b: Binding,
  routingKey: string,
  headers: ReadonlyMap<string, string | null>,
): boolean {
  switch (b.type) {
    case 0:
      return b.keys.includes(routingKey);
    case 1: {
      const k = words(routingKey);
      return b.patterns.some((p) => matchWords(p, k));
    }
    case 2:
      return true;
    case 3:
      return headersMatch(b.match, headers);
  }
}
