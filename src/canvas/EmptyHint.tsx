import { BookOpen } from 'lucide-react';
import { useT } from '../i18n';
import { useDiagram } from '../store/diagram';
import { shareUiActions, useShareUi } from '../store/shareUi';
import { useWelcome } from '../store/welcome';

/** What a newcomer sees on an empty canvas: the first steps, and a way to start from an example. */
export function EmptyHint() {
  const t = useT();
  const empty = useDiagram((s) => s.nodes.length === 0);
  // Nor while the address's diagram is on its way.
  const opening = useShareUi((s) => s.opening);
  // Nor behind a first visit's welcome: one thing to read first; a blank canvas then shows these.
  const welcome = useWelcome((s) => s.shown);
  if (!empty || opening || welcome) return null;
  return (
    <div className="empty-hint" data-testid="empty-hint">
      <h2>{t('canvas.empty.title')}</h2>
      <ol>
        <li>{t('canvas.empty.step1')}</li>
        <li>{t('canvas.empty.step2')}</li>
        <li>{t('canvas.empty.step3')}</li>
        <li>{t('canvas.empty.step4')}</li>
      </ol>
      <button
        type="button"
        className="button empty-hint__example"
        onClick={() => shareUiActions.show('open')}
      >
        <BookOpen size={16} aria-hidden="true" /> {t('canvas.empty.example')}
      </button>
    </div>
  );
}
