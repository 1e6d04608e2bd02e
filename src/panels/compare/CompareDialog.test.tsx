import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CompareDialog } from './CompareDialog';
import { RUNS_KEY, saveRun } from './runStore';
import { compareSentences } from './sentences';
import { pollingOnly, simulateRun, webhooksOnly } from './testRuns';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

describe('the comparison dialog', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));

  it('compares the last two recorded runs by default and says how in the sentences paragraph', () => {
    const old = { ...simulateRun(webhooksOnly(), 'old', 60_000), name: 'Old' };
    const polling = { ...simulateRun(pollingOnly(1000), 'p', 120_000), name: 'Polling' };
    const hooks = { ...simulateRun(webhooksOnly(), 'w', 120_000), name: 'Webhooks' };
    for (const r of [old, polling, hooks]) saveRun(r);
    const html = renderToStaticMarkup(<CompareDialog onClose={() => {}} />);
    const paragraph = html.match(/<p[^>]*data-testid="compare-sentences"[^>]*>(.*?)<\/p>/)?.[1];
    expect(paragraph).toBe(escapeHtml(compareSentences(polling, hooks, 'en').join(' ')));
    expect(paragraph).toContain('“Polling” made');
    expect(html).toMatch(/<option value="p" selected="">Polling<\/option>/);
    expect(html).toMatch(/<option value="w" selected="">Webhooks<\/option>/);
    expect(html).toContain('Rename “Old”');
  });

  it('says what was wrong with damaged saved runs instead of crashing', () => {
    localStorage.setItem(RUNS_KEY, '{"version":1,"runs":[{"id":"__proto__"}]}');
    const html = renderToStaticMarkup(<CompareDialog onClose={() => {}} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('1 saved run was damaged and left out');
    expect(html).toContain('No recorded runs yet');
  });
});
