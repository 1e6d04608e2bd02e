import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { compactDocument, type DiagramDocument, decodeDocumentJson } from '../model';
import { randomDiagram } from '../model/testing/randomDiagram';
import { toBase64Url } from './base64url';
import { readText } from './intake';
import { decodePayload, encodePayload } from './linkCodec';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const PLACEHOLDER = '\u0000KEY';
const DANGEROUS = ['__proto__', 'constructor', 'prototype'] as const;

/** Every object in a JSON tree, at every depth, with the root first. */
function objects(value: Json, out: { [key: string]: Json }[] = []): { [key: string]: Json }[] {
  if (Array.isArray(value)) for (const v of value) objects(v, out);
  else if (value && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) objects(v, out);
  }
  return out;
}

/** Every container (object or array) and its keys, to replace or delete one value. */
function slots(value: Json, out: [Json[] | { [key: string]: Json }, string | number][] = []) {
  if (Array.isArray(value))
    for (const [i, v] of value.entries()) {
      out.push([value, i]);
      slots(v, out);
    }
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push([value, k]);
      slots(v, out);
    }
  return out;
}

const mutation = fc.record({
  kind: fc.constantFrom('pollute', 'pollute', 'replace', 'delete'),
  at: fc.nat(),
  key: fc.constantFrom(...DANGEROUS),
  value: fc.oneof(
    fc.constant<Json>({ polluted: 'yes' }),
    fc.constant<Json>({ prototype: { polluted: 'yes' } }),
    fc.constant<Json>({ constructor: { prototype: { polluted: 'yes' } } }),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  ),
});

/**
 * Applies mutations to a JSON tree and returns the text. A dangerous key is written into the
 * text itself (JSON.parse makes it an own property, as an attacker's file would), never set on
 * an object here, so the test itself cannot pollute anything.
 */
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(tree: Json, edits: Mutation[]) {
  const copy: Json = structuredClone(tree);
  const keys: string[] = [];
  for (const edit of edits) {
    if (edit.kind === 'pollute') {
      const all = objects(copy);
      if (all.length === 0) continue;
      const target = all[edit.at % all.length]!;
      target[`${PLACEHOLDER}${keys.length}`] = structuredClone(edit.value);
      keys.push(edit.key);
    } else {
      const all = slots(copy);
      if (all.length === 0) continue;
      const [container, key] = all[edit.at % all.length]!;
      if (edit.kind === 'replace') (container as Record<string, Json>)[key] = structuredClone(edit.value);
      else if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete container[key];
    }
  }
  let text = JSON.stringify(copy);
  keys.forEach((key, i) => {
    text = text.replace(JSON.stringify(`${PLACEHOLDER}${i}`), JSON.stringify(key));
  });
  return text;
}

function notPolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(Object.hasOwn(Array.prototype, 'polluted')).toBe(false);
  expect(Object.hasOwn(Function.prototype, 'polluted')).toBe(false);
}

/** Accepted means a clean, valid document: plain prototypes, nothing dangerous, and it re-encodes. */
function acceptedIsClean(doc: DiagramDocument): void {
  expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
  for (const n of doc.nodes) {
    expect(Object.getPrototypeOf(n.props)).toBe(Object.prototype);
    for (const key of DANGEROUS) expect(Object.hasOwn(n.props, key)).toBe(false);
  }
  expect(decodePayload(encodePayload(doc)).ok).toBe(true);
}

const bases = [randomDiagram(1, 3), randomDiagram(2, 8), randomDiagram(3, 1)];

afterEach(notPolluted);

describe('hostile documents', () => {
  it('10,000 mutated JSON documents, with prototype keys at every depth: accepted clean or refused with a reason', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bases),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          // readText is the door for files and pastes: JSON.parse, then decodeDocument.
          const intake = readText(mutate(base as unknown as Json, edits));
          if (intake.kind === 'template') return;
          if (intake.result.ok) acceptedIsClean(intake.result.value);
          else if (intake.result.problem.code === 'invalid')
            expect(intake.result.problem.issues.length).toBeGreaterThan(0);
          else expect(intake.result.problem.code).toBeTruthy();
          notPolluted();
        },
      ),
      { numRuns: 10_000 },
    );
  }, 30_000);

  it('the same for packed link payloads', () => {
    const packed = bases.map((b) => compactDocument(b) as unknown as Json);
    fc.assert(
      fc.property(
        fc.constantFrom(...packed),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (base, edits) => {
          const payload = `1.${toBase64Url(deflateSync(new TextEncoder().encode(mutate(base, edits))))}`;
          const decoded = decodePayload(payload);
          if (decoded.ok) acceptedIsClean(decoded.value);
          else expect(decoded.problem.code).toBeTruthy();
          notPolluted();
        },
      ),
      { numRuns: 2_000 },
    );
  }, 30_000);

  it('drops a __proto__ property key instead of setting a prototype', () => {
    const text = JSON.stringify(bases[1]).replace('"props":{}', '"props":{"__proto__":{"polluted":"yes"}}');
    expect(text).toContain('__proto__');
    const decoded = decodeDocumentJson(text);
    expect(decoded).toMatchObject({ ok: true });
    if (decoded.ok) acceptedIsClean(decoded.value);
  });
});
