/** The picture's background: the page's light or dark theme, whichever is on screen or chosen. */
export type Background = 'light' | 'dark';

/**
 * The palettes a picture falls back to when the page has no theme of that name: the values of
 * :root in styles.css, and dark ones in the same roles. Used only when switching `data-theme` on
 * the document element did not change `--bg` (the page's CSS knows no such theme).
 */
const FALLBACK: Record<Background, Record<string, string>> = {
  light: {
    '--bg': '#f8fafc',
    '--panel': '#ffffff',
    '--border': '#e2e8f0',
    '--border-strong': '#cbd5e1',
    '--text': '#0f172a',
    '--muted': '#475569',
    '--faint': '#64748b',
  },
  dark: {
    '--bg': '#0f172a',
    '--panel': '#1e293b',
    '--border': '#334155',
    '--border-strong': '#475569',
    '--text': '#e2e8f0',
    '--muted': '#cbd5e1',
    '--faint': '#94a3b8',
  },
};

export const rootStyle = () => getComputedStyle(document.documentElement);
const bgOf = () => rootStyle().getPropertyValue('--bg').trim();

/** The theme on screen: the document element's `data-theme`, else its colour scheme, else the system's. */
function screenTheme(): Background {
  const named = document.documentElement.dataset.theme;
  if (named === 'light' || named === 'dark') return named;
  const scheme = rootStyle().colorScheme;
  if (scheme.includes('dark') && !scheme.includes('light')) return 'dark';
  if (scheme.includes('light') && !scheme.includes('dark')) return 'light';
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Runs `read` with the page styled in `theme`, and puts the page back before returning. It is all
 * one synchronous task, so the browser never paints the borrowed theme.
 */
export function withTheme<T>(theme: Background, read: () => T): T {
  if (theme === screenTheme()) return read();
  const root = document.documentElement;
  const attribute = root.getAttribute('data-theme');
  const before = bgOf();
  // Through the CSSOM only: the page's Content-Security-Policy refuses style attributes set as text.
  const borrowed: string[] = [];
  try {
    root.setAttribute('data-theme', theme);
    if (bgOf() === before)
      for (const [name, value] of Object.entries(FALLBACK[theme])) {
        if (root.style.getPropertyValue(name)) continue;
        root.style.setProperty(name, value);
        borrowed.push(name);
      }
    return read();
  } finally {
    for (const name of borrowed) root.style.removeProperty(name);
    if (attribute === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', attribute);
  }
}
