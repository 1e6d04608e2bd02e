import { describe, expect, it } from 'vitest';
import { type DiagramDocument, decodeDocument } from '../model';
import { TUTORIALS } from '../tutorials';
import { parseRichText } from '../tutorials/richText';
import { CHALLENGES, findChallenge } from './challenges';
import { type CheckResult, checkChallenge, conditionsJournal } from './check';
import type { Challenge, Text } from './types';

const texts = (c: Challenge): [string, Text][] => [
  ['title', c.title],
  ['brief', c.brief],
  ...c.goals.flatMap((g): [string, Text][] => [
    [`goal ${g.id} label`, g.label],
    [`goal ${g.id} target`, g.target],
  ]),
];

/** Every goal's figure on every seed, for a failure message that says where. */
function figures(result: CheckResult): string {
  if (!result.ok) return JSON.stringify(result.issues);
  return result.goals
    .map((g) => `${g.id}: ${g.perSeed.map((s) => `${s.value}${s.pass ? '' : ' (missed)'}`).join(', ')}`)
    .join('; ');
}

const documents = (c: Challenge): [string, DiagramDocument][] => [
  ['start', c.start],
  ['reference', c.reference],
  ['naive', c.naive.doc],
];

describe('design challenges', () => {
  it('are at least 10, each with a unique kebab-case id, found by id', () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(10);
    const ids = CHALLENGES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const c of CHALLENGES) expect(findChallenge(c.id)).toBe(c);
    expect(findChallenge('no-such-challenge')).toBeUndefined();
  });

  it('each practise a tutorial that exists, and every tutorial’s challenge exists', () => {
    const tutorials = new Set(TUTORIALS.map((t) => t.id));
    for (const c of CHALLENGES) expect(tutorials.has(c.tutorial), `${c.id}: ${c.tutorial}`).toBe(true);
    for (const t of TUTORIALS)
      if (t.challenge) expect(findChallenge(t.challenge), `${t.id}: ${t.challenge}`).toBeDefined();
  });

  it('have the title, brief, goal labels and targets in both languages: Ukrainian in Cyrillic, not a copy', () => {
    for (const c of CHALLENGES)
      for (const [what, text] of texts(c)) {
        const where = `${c.id} ${what}`;
        expect(text.en.trim().length, where).toBeGreaterThan(0);
        expect(text.uk.trim().length, where).toBeGreaterThan(0);
        expect(text.uk, where).not.toBe(text.en);
        expect(text.en, where).not.toMatch(/\p{Script=Cyrillic}/u);
        // Component names (Reports, Invoicing) and keys stay in Latin letters; the rest does not.
        const words = text.uk.split(/\s+/).filter((w) => /\p{L}/u.test(w));
        const ukrainian = words.filter((w) => /\p{Script=Cyrillic}/u.test(w));
        expect(ukrainian.length, where).toBeGreaterThanOrEqual(1);
        if (what === 'brief') expect(ukrainian.length / words.length, where).toBeGreaterThanOrEqual(0.7);
        expect(text.uk, where).not.toMatch(/\p{Script=Cyrillic}['’]\p{Script=Cyrillic}/u);
      }
  });

  it('use the rich-text format cleanly, with the brief in the same shape in both languages', () => {
    const shape = (text: string) =>
      parseRichText(text).map((b) => (b.type === 'p' ? 'p' : `list:${b.items.length}`));
    for (const c of CHALLENGES) {
      expect(shape(c.brief.uk), c.id).toEqual(shape(c.brief.en));
      for (const [what, text] of texts(c))
        for (const lang of ['en', 'uk'] as const)
          for (const block of parseRichText(text[lang])) {
            const spans = block.type === 'p' ? block.spans : block.items.flatMap((i) => i.spans);
            for (const span of spans)
              if (span.type !== 'code') expect(span.text, `${c.id} ${what} (${lang})`).not.toMatch(/[*`]/);
          }
    }
  });

  it('have goals with unique ids and finite limits, and a naive design that names one of them', () => {
    for (const c of CHALLENGES) {
      const ids = c.goals.map((g) => g.id);
      expect(ids.length, c.id).toBeGreaterThanOrEqual(2);
      expect(new Set(ids).size, c.id).toBe(ids.length);
      for (const g of c.goals) expect(Number.isFinite(g.limit), `${c.id} ${g.id}`).toBe(true);
      expect(ids, c.id).toContain(c.naive.fails);
    }
  });

  it('have starting, reference and naive diagrams that decode as they are written', () => {
    for (const c of CHALLENGES)
      for (const [what, doc] of documents(c)) {
        const decoded = decodeDocument(structuredClone(doc));
        expect(decoded.ok, `${c.id} ${what}: ${decoded.ok ? '' : JSON.stringify(decoded.issues)}`).toBe(true);
        if (!decoded.ok) continue;
        // Ids from the safe alphabet come back unchanged, so the conditions still find them.
        expect(decoded.value.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
        expect(decoded.value.edges.map((e) => e.id)).toEqual(doc.edges.map((e) => e.id));
      }
  });

  it('script conditions within the run, on components of the starting diagram and of the reference', () => {
    for (const c of CHALLENGES) {
      expect(c.durationMs, c.id).toBeGreaterThan(0);
      expect(c.durationMs, c.id).toBeLessThanOrEqual(150_000);
      for (const cond of c.conditions) {
        expect(cond.at, c.id).toBeGreaterThanOrEqual(0);
        expect(cond.at, c.id).toBeLessThan(c.durationMs);
      }
      for (const [what, doc] of documents(c).slice(0, 2))
        expect(conditionsJournal(c, doc).missing, `${c.id} ${what}`).toEqual([]);
    }
  });

  for (const c of CHALLENGES) {
    it(`${c.id}: the reference design holds every goal on every hidden seed`, () => {
      const result = checkChallenge(c, c.reference);
      expect(result.ok && result.pass, figures(result)).toBe(true);
      if (result.ok) expect(result.missing).toEqual([]);
    });

    it(`${c.id}: the naive design misses “${c.naive.fails}”`, () => {
      const result = checkChallenge(c, c.naive.doc);
      expect(result.ok, figures(result)).toBe(true);
      if (!result.ok) return;
      expect(result.pass).toBe(false);
      expect(result.goals.find((g) => g.id === c.naive.fails)?.pass, figures(result)).toBe(false);
    });
  }
});
