import { useCallback } from 'react';
import type { Lang, Localized } from '../model';
import { useUi } from '../store/ui';
import { type Entry, interpolate, pluralForm } from './core';
import { en, type MessageKey } from './en';
import { uk } from './uk';

export { initialLang, interpolate, pluralForm } from './core';
export type { MessageKey } from './en';

export const DICTIONARIES: Record<Lang, Record<MessageKey, Entry>> = { en, uk };

export type Params = Record<string, string | number>;

/** Translates a key in a language; plural entries use `params.count`. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const entry = DICTIONARIES[lang][key];
  const template = typeof entry === 'string' ? entry : pluralForm(entry, lang, Number(params?.count ?? 0));
  return interpolate(template, params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** The translator for the current language; components re-render when the language changes. */
export function useT(): Translate {
  const lang = useUi((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

/** The current language. */
export function useLang(): Lang {
  return useUi((s) => s.lang);
}

/** Picks a catalogue text in the current language. */
export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return useCallback((text) => text[lang], [lang]);
}
