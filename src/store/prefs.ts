import { loadLanguage, showLanguage } from '../i18n';
import { initialLang } from '../i18n/core';
import type { Lang } from '../model';
import { readItem, writeItem } from './storage';
import { useUi } from './ui';

const LANG_KEY = 'apip:lang';
const SNAP_KEY = 'apip:snap';

/** The language to start in: the saved choice, else the browser's. */
export function preferredLang(): Lang {
  return initialLang(readItem(LANG_KEY), globalThis.navigator?.languages ?? []);
}

/** Applies the saved preferences (or the browser's language) at start-up. */
export function loadPrefs(): void {
  const lang = preferredLang();
  showLanguage(lang);
  useUi.setState({ snapToGrid: readItem(SNAP_KEY) !== 'off' });
  document.documentElement.lang = lang;
}

export async function setLang(lang: Lang): Promise<void> {
  await loadLanguage(lang);
  showLanguage(lang);
  document.documentElement.lang = lang;
  writeItem(LANG_KEY, lang);
}

export function setSnapToGrid(on: boolean): void {
  useUi.setState({ snapToGrid: on });
  writeItem(SNAP_KEY, on ? 'on' : 'off');
}
