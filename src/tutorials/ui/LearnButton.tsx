import { GraduationCap } from 'lucide-react';
import { useT } from '../../i18n';
import { learnUiActions } from '../learnUi';

/** The toolbar's way into the tutorials. */
export function LearnButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="button learn-button"
      onClick={() => learnUiActions.openDialog()}
      title={t('learn.buttonTitle')}
      aria-label={t('learn.button')}
    >
      <GraduationCap size={16} aria-hidden="true" />{' '}
      <span className="learn-button__label">{t('learn.button')}</span>
    </button>
  );
}
