import { Download, FolderOpen, Share2 } from 'lucide-react';
import { useT } from '../i18n';
import { shareUiActions } from './state';

/** Open, Export and Share in the toolbar, as icons with names for tooltips and screen readers (the toolbar is full). */
export function ShareButtons() {
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="button button--icon"
        onClick={() => shareUiActions.show('open')}
        aria-label={t('open.button')}
        title={t('open.title')}
      >
        <FolderOpen size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="button button--icon"
        onClick={() => shareUiActions.show('export')}
        aria-label={t('export.button')}
        title={t('export.title')}
      >
        <Download size={16} aria-hidden="true" />
      </button>
      <button
        type="button"
        className="button button--icon"
        onClick={() => shareUiActions.show('share')}
        aria-label={t('share.button')}
        title={t('share.title')}
      >
        <Share2 size={16} aria-hidden="true" />
      </button>
    </>
  );
}
