import { describe, expect, it } from 'vitest';
import { loadLanguage, translate } from '../i18n';
import { flowAriaLabels } from './ariaLabels';

describe('React Flow’s own labels', () => {
  it('are in Ukrainian when the person reads Ukrainian, moves included', async () => {
    await loadLanguage('uk');
    const en = flowAriaLabels((key, params) => translate('en', key, params));
    const uk = flowAriaLabels((key, params) => translate('uk', key, params));
    expect(en['controls.fitView.ariaLabel']).toBe('Fit view');
    expect(uk['controls.fitView.ariaLabel']).toBe('Показати все');
    const moved = uk['node.a11yDescription.ariaLiveMessage']!({ direction: 'left', x: 10, y: 20 });
    expect(moved).toContain('ліворуч');
    expect(moved).toContain('10');
    expect(moved).not.toMatch(/left|\{/);
  });
});
