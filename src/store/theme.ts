import { create } from 'zustand';
import { readItem, writeItem } from './storage';

/** What a person picked: follow the system, or always light, or always dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';
/** What is on screen. */
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'apip:theme';

/** A saved choice, or `system` for anything else (nothing saved, an old or damaged value). */
export function parseThemeChoice(saved: string | null): ThemeChoice {
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

export const useTheme = create<{ choice: ThemeChoice; theme: Theme }>(() => ({
  choice: 'system',
  theme: 'light',
}));

const darkQuery = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)');

function show(choice: ThemeChoice): void {
  const theme = resolveTheme(choice, darkQuery()?.matches ?? false);
  // The attribute first: subscribers read the new theme's custom properties.
  const root = globalThis.document?.documentElement;
  if (root) root.dataset.theme = theme;
  useTheme.setState({ choice, theme });
}

/**
 * Shows the saved theme (else the system's) before anything renders, and follows the system's
 * changes while the choice is `system`, and a choice made in another tab.
 */
export function startTheme(): () => void {
  show(parseThemeChoice(readItem(THEME_KEY)));
  const query = darkQuery();
  const onSystem = () => show(useTheme.getState().choice);
  const onStorage = (e: StorageEvent) => {
    if (e.key === THEME_KEY) show(parseThemeChoice(e.newValue));
  };
  query?.addEventListener('change', onSystem);
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    query?.removeEventListener('change', onSystem);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function setThemeChoice(choice: ThemeChoice): void {
  show(choice);
  writeItem(THEME_KEY, choice);
}

/** The theme on screen: what an exported picture follows unless the person picks otherwise. */
export function currentTheme(): Theme {
  return useTheme.getState().theme;
}
