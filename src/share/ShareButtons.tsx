import { Download, FolderOpen, Share2 } from 'lucide-react';
import { useT } from '../i18n';
import { IconButton } from '../panels/IconButton';
import { shareUiActions } from '../store/shareUi';

/** Open, Export and Share in the toolbar, as icons with names for tooltips and screen readers (the toolbar is full). */
export function ShareButtons() {
  const t = useT();
  return (
    <>
      <IconButton
        icon={FolderOpen}
        label={t('open.button')}
        title={t('open.title')}
        onClick={() => shareUiActions.show('open')}
      />
      <IconButton
        icon={Download}
        label={t('export.button')}
        title={t('export.title')}
        onClick={() => shareUiActions.show('export')}
      />
      <IconButton
        icon={Share2}
        label={t('share.button')}
        title={t('share.title')}
        onClick={() => shareUiActions.show('share')}
      />
    </>
  );
}
