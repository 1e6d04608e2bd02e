import { describe, expect, it } from 'vitest';
import { TUTORIAL_TEXT } from '../../tutorials/ui/strings';
import { PRACTICE_TEXT } from './strings';

/** The learning UI's own words (shipped with it, not with the dictionary): both languages, every one. */
describe.each([
  ['tutorial card and welcome', TUTORIAL_TEXT],
  ['Learn dialog, challenges and interview', PRACTICE_TEXT],
] as const)('%s texts', (_name, texts) => {
  it('exist in English and Ukrainian, with the same placeholders', () => {
    for (const [key, { en, uk }] of Object.entries(texts)) {
      const forms = (e: typeof en) => (typeof e === 'string' ? [e] : Object.values(e));
      for (const text of [...forms(en), ...forms(uk)]) expect(text.trim(), key).not.toBe('');
      expect(forms(uk).join(' '), key).toMatch(/[а-яіїєґ]/i);
      const holes = (e: typeof en) => new Set(forms(e).flatMap((f) => f.match(/\{\w+\}/g) ?? []));
      expect([...holes(uk)].sort(), key).toEqual([...holes(en)].sort());
      // Ukrainian plurals need their few and many forms.
      if (typeof uk !== 'string') expect(uk.few && uk.many, key).toBeTruthy();
    }
  });
});
