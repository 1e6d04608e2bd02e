import { X } from 'lucide-react';
import { useT } from '../i18n';
import { uiActions, useUi } from '../store/ui';

/** Messages for the person: refused connections, storage problems, damaged data. Read out by screen readers. */
export function Notices() {
  const t = useT();
  const notices = useUi((s) => s.notices);
  return (
    <section className="notices" aria-label={t('notice.region')} aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice--${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          {n.action ? (
            <button type="button" className="button button--small" onClick={n.action.run}>
              {n.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--icon button--small"
            aria-label={t('notice.dismiss')}
            onClick={() => uiActions.dismiss(n.id)}
          >
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ))}
    </section>
  );
}
