import type { Lang, Localized } from '../model';

/** A plural entry: English uses one/other, Ukrainian one/few/many/other (CLDR categories). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

export type Entry = string | PluralForms;

const pluralRules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  uk: new Intl.PluralRules('uk'),
};

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the plural form for `count` in `lang`. */
export function pluralForm(entry: PluralForms, lang: Lang, count: number): string {
  const category = pluralRules[lang].select(count) as keyof PluralForms | 'zero' | 'two';
  return (category in entry ? entry[category as keyof PluralForms] : undefined) ?? entry.other;
}

/** Text of a catalogue item in the current language. */
export function localized(text: Localized, lang: Lang): string {
  return text[lang];
}

/** The language to start in: a saved choice, else the browser's, else English. */
export function initialLang(saved: string | null, browserLanguages: readonly string[]): Lang {
  if (saved === 'en' || saved === 'uk') return saved;
  for (const l of browserLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'uk') return 'uk';
    if (base === 'en') return 'en';
  }
  return 'en';
}
