import { describe, expect, it } from 'vitest';
import { initialLang, interpolate, pluralForm } from './core';
import { en as firstEn } from './en';
import { loadLanguage, translate } from './index';
import { editorLaterEn } from './parts/editor.later.en';
import { runLaterEn } from './parts/run.later.en';
import { shareLaterEn } from './parts/share.later.en';
import { uk } from './uk';

/** Every English string: the first page's and those that ship with lazily loaded parts. */
const en = { ...firstEn, ...editorLaterEn, ...runLaterEn, ...shareLaterEn };

function placeholders(entry: unknown): string[] {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>);
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

describe('translations', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const enKeys = Object.keys(en).sort();
    expect(Object.keys(uk).sort()).toEqual(enKeys);
    for (const key of enKeys) {
      const e = en[key as keyof typeof en];
      const u = uk[key as keyof typeof en];
      if (key !== 'unit.count') {
        expect(typeof e === 'string' ? e : e.other, key).not.toBe('');
        expect(typeof u === 'string' ? u : u.other, key).not.toBe('');
      }
      expect(placeholders(u), key).toEqual(placeholders(e));
    }
  });

  it('gives Ukrainian plurals the one, few and many forms', async () => {
    await loadLanguage('uk');
    await Promise.all([import('./later/editorText'), import('./later/runText'), import('./later/shareText')]);
    for (const [key, entry] of Object.entries(uk)) {
      if (typeof entry === 'string') continue;
      expect(entry.few, key).toBeTruthy();
      expect(entry.many, key).toBeTruthy();
    }
    expect(translate('uk', 'inspector.multi', { count: 1 })).toBe('Виділено 1 елемент');
    expect(translate('uk', 'inspector.multi', { count: 3 })).toBe('Виділено 3 елементи');
    expect(translate('uk', 'inspector.multi', { count: 5 })).toBe('Виділено 5 елементів');
    expect(translate('en', 'inspector.multi', { count: 1 })).toBe('1 item selected');
    expect(pluralForm({ one: 'a', other: 'b' }, 'en', 2)).toBe('b');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('starts in the saved language, else the browser language, else English', () => {
    expect(initialLang('uk', ['en-US'])).toBe('uk');
    expect(initialLang(null, ['uk-UA', 'en'])).toBe('uk');
    expect(initialLang(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(initialLang('fr', ['de'])).toBe('en');
  });
});
