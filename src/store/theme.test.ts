import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from './testing/memoryStorage';
import {
  currentTheme,
  parseThemeChoice,
  resolveTheme,
  setThemeChoice,
  startTheme,
  THEME_KEY,
  useTheme,
} from './theme';

/** The system's colour scheme, as `matchMedia('(prefers-color-scheme: dark)')` reports it. */
class SystemScheme extends EventTarget {
  matches = false;
  set(dark: boolean) {
    this.matches = dark;
    this.dispatchEvent(new Event('change'));
  }
}

type Globals = {
  localStorage?: unknown;
  matchMedia?: unknown;
  document?: unknown;
  addEventListener?: unknown;
  removeEventListener?: unknown;
};
const g = globalThis as Globals;
let storage: MemoryStorage;
let system: SystemScheme;
let page: EventTarget;
const html = { dataset: {} as Record<string, string> };
let stop = () => {};

beforeEach(() => {
  storage = new MemoryStorage();
  system = new SystemScheme();
  page = new EventTarget();
  html.dataset = {};
  g.localStorage = storage;
  g.matchMedia = () => system;
  g.document = { documentElement: html };
  g.addEventListener = page.addEventListener.bind(page);
  g.removeEventListener = page.removeEventListener.bind(page);
  useTheme.setState({ choice: 'system', theme: 'light' });
});
afterEach(() => {
  stop();
  for (const key of ['localStorage', 'matchMedia', 'document', 'addEventListener', 'removeEventListener'])
    delete g[key as keyof Globals];
});

describe('theme preference', () => {
  it('resolves system to what the system prefers, and light or dark to themselves', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('follows the system when nothing is saved, and as the system changes', () => {
    system.matches = true;
    stop = startTheme();
    expect(currentTheme()).toBe('dark');
    expect(html.dataset.theme).toBe('dark');
    system.set(false);
    expect(currentTheme()).toBe('light');
    expect(html.dataset.theme).toBe('light');
  });

  it('remembers a choice across a restart, and a fixed choice ignores the system', () => {
    stop = startTheme();
    setThemeChoice('dark');
    expect(storage.getItem(THEME_KEY)).toBe('dark');
    stop();
    useTheme.setState({ choice: 'system', theme: 'light' });
    html.dataset = {};
    stop = startTheme();
    expect(useTheme.getState()).toEqual({ choice: 'dark', theme: 'dark' });
    expect(html.dataset.theme).toBe('dark');
    system.set(true);
    system.set(false);
    expect(currentTheme()).toBe('dark');
    setThemeChoice('system');
    expect(currentTheme()).toBe('light');
    expect(storage.getItem(THEME_KEY)).toBe('system');
  });

  it('ignores a bad saved value and follows the system', () => {
    for (const bad of ['purple', '', 'DARK', '{"theme":"dark"}', ' light']) {
      expect(parseThemeChoice(bad)).toBe('system');
      storage.setItem(THEME_KEY, bad);
      system.matches = true;
      stop = startTheme();
      expect(useTheme.getState()).toEqual({ choice: 'system', theme: 'dark' });
      stop();
    }
  });

  it('works without storage or matchMedia (private modes, old browsers): light, choices kept in memory', () => {
    delete g.localStorage;
    delete g.matchMedia;
    stop = startTheme();
    expect(currentTheme()).toBe('light');
    setThemeChoice('dark');
    expect(currentTheme()).toBe('dark');
  });

  it('takes a choice made in another tab', () => {
    stop = startTheme();
    page.dispatchEvent(Object.assign(new Event('storage'), { key: THEME_KEY, newValue: 'dark' }));
    expect(useTheme.getState()).toEqual({ choice: 'dark', theme: 'dark' });
    page.dispatchEvent(Object.assign(new Event('storage'), { key: 'apip:lang', newValue: 'light' }));
    expect(currentTheme()).toBe('dark');
  });
});
