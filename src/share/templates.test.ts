import { describe, expect, it } from 'vitest';
import { findTemplate, TEMPLATES } from '../templates';
import { loadTemplate } from './loadTemplate';

describe('built-in diagrams', () => {
  it('include our starters and every engine reference diagram', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['starter-gateway', 'starter-queue', 'reference-50']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(TEMPLATES.map((t) => t.id))(
    '%s opens through the decoder and is named in both languages',
    async (id) => {
      const template = findTemplate(id)!;
      expect(template.name.en).not.toBe('');
      expect(template.name.uk).not.toBe('');
      const result = await loadTemplate(id);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.nodes.length).toBeGreaterThan(0);
    },
  );

  it('refuses an unknown id', async () => {
    expect(await loadTemplate('nope')).toEqual({
      ok: false,
      problem: { code: 'unknownTemplate', id: 'nope' },
    });
  });
});
