import { useCallback } from 'react';
import { create } from 'zustand';
import { installCatalogueUk, type Lang, type Localized } from '../model';
import { type Entry, interpolate, pluralForm } from './core';
import { en, type MessageKey } from './en';

export { initialLang, interpolate, pluralForm } from './core';
export type { MessageKey } from './en';

type Dictionary = Partial<Record<MessageKey, Entry>>;

/**
 * English is built in, but for the keys only lazily loaded parts use (`./later/<area>Text.ts`, added when the first
 * of them loads); Ukrainian loads on first use, so an English first visit does not download it.
 */
const dictionaries: Partial<Record<Lang, Dictionary>> = { en: { ...en } };

/** Adds the English of keys that ship with a lazily loaded part (`./later/<area>Text.ts`). */
export function addEnglish(entries: Dictionary): void {
  Object.assign(dictionaries.en!, entries);
}

/** Makes a language's strings available; resolves at once when they already are. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (dictionaries[lang]) return;
  if (lang === 'uk') {
    // The Ukrainian of the component catalogue comes with it (keyed by the English, gettext-like).
    const [{ uk }, { CATALOGUE_UK }] = await Promise.all([import('./uk'), import('../model/catalogue/uk')]);
    installCatalogueUk(CATALOGUE_UK);
    dictionaries.uk = uk;
  }
}

export type Params = Record<string, string | number>;

/** Translates a key in a language; plural entries use `params.count`. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const effective = dictionaries[lang] ? lang : 'en';
  const entry = dictionaries[effective]![key];
  // A key whose English has not arrived (a module using it did not import its './later/<area>Text'): visible,
  // never a crash; later.test.ts keeps it from happening.
  if (entry === undefined) return key;
  const template =
    typeof entry === 'string' ? entry : pluralForm(entry, effective, Number(params?.count ?? 0));
  return interpolate(template, params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** The language on screen. It lives here, below the stores, so every layer can read it. */
export const useLanguage = create<{ lang: Lang }>()(() => ({ lang: 'en' }));

/** The language on screen, outside React. */
export function currentLang(): Lang {
  return useLanguage.getState().lang;
}

/** Shows the app in `lang` (its strings must be loaded first: see `loadLanguage`). */
export function showLanguage(lang: Lang): void {
  useLanguage.setState({ lang });
}

/** Translates in the language on screen, outside React. */
export function t(key: MessageKey, params?: Params): string {
  return translate(currentLang(), key, params);
}

/** The translator for the current language; components re-render when the language changes. */
export function useT(): Translate {
  const lang = useLanguage((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

/** The current language. */
export function useLang(): Lang {
  return useLanguage((s) => s.lang);
}

/** Picks a catalogue text in the current language. */
export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return useCallback((text) => text[lang], [lang]);
}

/** Texts that ship with a lazily loaded part of the app instead of the dictionary: one per key, both languages. */
export type LocalTexts = Record<string, { en: Entry; uk: Entry }>;

/** A translator over such texts, for the current language, with placeholders and plural forms as `t`. */
export function useLocalTexts<T extends LocalTexts>(texts: T): (key: keyof T, params?: Params) => string {
  const lang = useLanguage((s) => s.lang);
  return useCallback(
    (key, params) => {
      const entry = texts[key]![lang];
      const template =
        typeof entry === 'string' ? entry : pluralForm(entry, lang, Number(params?.count ?? 0));
      return interpolate(template, params);
    },
    [lang, texts],
  );
}
