import '../i18n/later/editorText';
import { useT } from '../i18n';
import { uiActions, useUi } from '../store/ui';
import { Dialog } from './Dialog';

/** Asks before something destructive (new diagram, replacing work). */
export function ConfirmDialog() {
  const t = useT();
  const confirm = useUi((s) => s.confirm);
  if (!confirm) return null;
  return (
    <Dialog
      title={confirm.title}
      onClose={uiActions.closeConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={uiActions.closeConfirm}>
            {t('confirm.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              uiActions.closeConfirm();
              confirm.onConfirm();
            }}
          >
            {confirm.confirmLabel}
          </button>
        </>
      }
    >
      <p>{confirm.body}</p>
    </Dialog>
  );
}
