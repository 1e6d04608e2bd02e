import { useT } from '../i18n';
import { useDiagram } from '../store/diagram';

/** What a newcomer sees on an empty canvas: the three first steps. */
export function EmptyHint() {
  const t = useT();
  const empty = useDiagram((s) => s.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="empty-hint" data-testid="empty-hint">
      <h2>{t('canvas.empty.title')}</h2>
      <ol>
        <li>{t('canvas.empty.step1')}</li>
        <li>{t('canvas.empty.step2')}</li>
        <li>{t('canvas.empty.step3')}</li>
      </ol>
    </div>
  );
}
