import type { Lang, Localized } from './types';

/** The Ukrainian of the catalogue's texts, once it has loaded (see `installCatalogueUk`). */
let ukrainian: Readonly<Record<string, string>> | null = null;

/**
 * A catalogue text: its English here, its Ukrainian looked up by that English in the table that
 * loads with the Ukrainian dictionary (catalogue/uk.ts). Until then `uk` reads the English.
 */
export function L(en: string): Localized {
  return {
    en,
    get uk() {
      return ukrainian?.[en] ?? en;
    },
  };
}

/**
 * The catalogue's help texts and kind descriptions until `catalogue/help.ts` puts theirs in place:
 * only the palette and the inspector show them, and they load that file, so the first page does
 * not carry them.
 */
export const LATER: Localized = { en: '', uk: '' };

/** Makes the catalogue's Ukrainian available (called when the Ukrainian dictionary loads). */
export function installCatalogueUk(table: Readonly<Record<string, string>>): void {
  ukrainian = table;
}

/**
 * A catalogue text in a language, also for a copy that crossed a thread (a structured clone keeps
 * what `uk` read where it was made): looked up again by its English.
 */
export function localText(text: Localized, lang: Lang): string {
  return lang === 'uk' ? (ukrainian?.[text.en] ?? text.uk) : text.en;
}
