import { afterAll, describe, expect, it } from 'vitest';
import { installCatalogueUk, L, localText } from '../localText';
import type { Localized } from '../types';
import { judgeConnection, WIRING } from '../wiring';
import { EDGE_CATALOGUE } from './edges';
import { CATALOGUE } from './index';
import { CATALOGUE_UK } from './uk';

/** Every text of the catalogue and the wiring rules. */
function catalogueTexts(): Localized[] {
  const texts: Localized[] = [];
  const props = (
    list: readonly { label: Localized; help: Localized; options?: readonly { label: Localized }[] }[],
  ) => {
    for (const p of list) texts.push(p.label, p.help, ...(p.options ?? []).map((o) => o.label));
  };
  for (const spec of Object.values(CATALOGUE)) {
    texts.push(spec.name, spec.description);
    props(spec.props);
  }
  for (const edge of Object.values(EDGE_CATALOGUE)) {
    texts.push(edge.meaning);
    props(edge.props);
  }
  for (const rule of Object.values(WIRING)) texts.push(rule.why);
  // The refusals of a wire to itself, a second wire and a wire into a client.
  const [a, b] = [
    { id: 'a', kind: 'service' as const },
    { id: 'b', kind: 'client' as const },
  ];
  for (const verdict of [
    judgeConnection(a, a, []),
    judgeConnection(a, b, [{ source: 'a', target: 'b' }]),
    judgeConnection(a, b, []),
  ])
    if (!verdict.ok) texts.push(verdict.why);
  return texts;
}

describe("the catalogue's Ukrainian", () => {
  afterAll(() => installCatalogueUk(CATALOGUE_UK));

  it('has an entry for every English text of the catalogue, and none left over', () => {
    const english = new Set(catalogueTexts().map((t) => t.en));
    const missing = [...english].filter((en) => !(en in CATALOGUE_UK));
    expect(missing).toEqual([]);
    expect(Object.keys(CATALOGUE_UK).filter((en) => !english.has(en))).toEqual([]);
  });

  it('is read through, in Ukrainian, once it has loaded, and is English until then', () => {
    const text = L('Client');
    expect(text.uk).toBe('Клієнт');
    installCatalogueUk({});
    expect(text.uk).toBe('Client');
    expect(localText(text, 'uk')).toBe('Client');
    installCatalogueUk(CATALOGUE_UK);
    // A copy made before loading (as a structured clone from another thread) is looked up again.
    const copy = { en: 'Client', uk: 'Client' };
    expect(localText(copy, 'uk')).toBe('Клієнт');
    expect(localText(copy, 'en')).toBe('Client');
  });
});
