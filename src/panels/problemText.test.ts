import { describe, expect, it } from 'vitest';
import { loadLanguage, translate } from '../i18n';
import { decodeDocument, decodePacked, emptyDocument, type Lang, type ValidationIssue } from '../model';
import { issuesText } from './problemText';

const text = (issues: ValidationIssue[], lang: Lang = 'en') =>
  issuesText(issues, (k, p) => translate(lang, k, p), lang, 10);

function refused(input: unknown): ValidationIssue[] {
  const r = decodeDocument(input);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
}

describe('refusals in plain words', () => {
  it('says what was expected in words a person uses, not type names', () => {
    const issues = refused({ ...emptyDocument(), nodes: {} });
    expect(text(issues)).toBe('at nodes: should be a list, not an object');
    const packed = decodePacked({ v: 1, N: { a: 1 } });
    expect(packed.ok).toBe(false);
    if (!packed.ok && packed.problem.code === 'invalid')
      expect(text(packed.problem.issues)).toBe('at nodes: should be a list, not an object');
  });

  it('lists one problem per place, however many rules it broke', () => {
    const issues = refused({ ...emptyDocument(), viewport: { x: Number.POSITIVE_INFINITY, y: 0, zoom: 1 } });
    expect(issues).toHaveLength(1);
    expect(text(issues)).toBe('at viewport.x: should be a finite number, not an infinite number');
  });

  it('names whole numbers and fractions', () => {
    const issues = refused({ ...emptyDocument(), run: { seed: 2.5, speed: 1 } });
    expect(text(issues)).toBe('at run.seed: should be a whole number, not a fraction');
  });

  it('reads naturally in Ukrainian', async () => {
    await loadLanguage('uk');
    const issues = refused({ ...emptyDocument(), nodes: {} });
    expect(text(issues, 'uk')).toBe('у nodes: тут має бути список, а не обʼєкт');
    const seed = refused({ ...emptyDocument(), run: { seed: 2.5, speed: 1 } });
    expect(text(seed, 'uk')).toBe('у run.seed: тут має бути ціле число, а не дробове число');
  });
});
