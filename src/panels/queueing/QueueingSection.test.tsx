import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../engine/summary';
import { DiagramBuilder, simulate } from '../../engine/testing/diagram';
import type { Entry } from '../../i18n/core';
import { interpolate, pluralForm } from '../../i18n/core';
import type { Lang } from '../../model';
import { QueueingSection, QueueingTable, type Tt } from './QueueingSection';
import { queueingRows } from './queueing';
import { QUEUEING_TEXT } from './strings';

/** The view's words in one language, as `useLocalTexts` gives them. */
const textsIn =
  (lang: Lang): Tt =>
  (key, params) => {
    const entry = QUEUEING_TEXT[key][lang];
    const template = typeof entry === 'string' ? entry : pluralForm(entry, lang, Number(params?.count ?? 0));
    return interpolate(template, params);
  };

function render(rate: number, instances: number, lang: Lang, ms: number): string {
  const doc = new DiagramBuilder()
    .node('c', 'client', { mode: 'async', rate, arrivals: 'poisson' })
    .node('s', 'service', { serviceTimeMs: 100, instances, backlogLimit: 100_000 }, 'Billing')
    .edge('c', 's', { latencyMs: 0 })
    .build();
  const sim = simulate(doc, 3);
  sim.advanceTo(ms);
  const rows = queueingRows(doc.nodes, doc.edges, sim.summary() as unknown as RunSummary);
  return renderToStaticMarkup(
    <QueueingTable rows={rows} tt={textsIn(lang)} lang={lang} msUnit="ms" more={(n) => `+${n}`} />,
  );
}

describe('the queueing view', () => {
  it('renders a table of λ, μ, c, ρ, the two waits and Little’s law, and warns near saturation', () => {
    const html = render(9.5, 1, 'en', 200_000);
    expect(html).toMatch(/<tr data-testid="queueing-row" data-node-id="s"/);
    expect(html).toMatch(/<td data-testid="queueing-rho" class="is-bad">0\.9\d<\/td>/);
    expect(html).toContain('Little');
    expect(html).toContain('<th scope="row">Billing</th>');
    expect((html.match(/<th scope="col">/g) ?? []).length).toBe(8);
    expect(html).toMatch(/queueing__warning">ρ is 0\.9\d: /);
    expect(html).toContain('without bound');
    expect(html).not.toContain('no steady state');
  });

  it('the section has its test id and, in the overview, starts folded with ρ and Little in its heading', () => {
    const html = renderToStaticMarkup(<QueueingSection />);
    expect(html).toContain('data-testid="queueing-view"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('queueing-row');
    expect(html).toContain('ρ');
    expect(html).toContain('Little');
  });

  it('speaks Ukrainian, with the plural of instances, and prints no wait without a steady state', () => {
    const html = render(60, 5, 'uk', 30_000);
    expect(html).toContain('Закон Літтла');
    expect(html).toContain('немає стаціонарного режиму');
    expect(html).toContain('ніж 5 екземплярів встигають');
    expect(html).not.toMatch(/-\d|Infinity|NaN/);
  });
});

describe('the queueing view’s texts', () => {
  it('exist in English and Ukrainian, with the same placeholders and every Ukrainian plural form', () => {
    for (const [key, { en, uk }] of Object.entries(QUEUEING_TEXT)) {
      const forms = (e: Entry) => (typeof e === 'string' ? [e] : Object.values(e));
      for (const text of [...forms(en), ...forms(uk)]) expect(text.trim(), key).not.toBe('');
      if (!key.startsWith('col') || key.endsWith('Long'))
        expect(forms(uk).join(' '), key).toMatch(/[а-яіїєґ]/i);
      const holes = (e: Entry) => new Set(forms(e).flatMap((f) => f.match(/\{\w+\}/g) ?? []));
      expect([...holes(uk)].sort(), key).toEqual([...holes(en)].sort());
      if (typeof uk !== 'string') expect(uk.few && uk.many, key).toBeTruthy();
    }
  });
});
