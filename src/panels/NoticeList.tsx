import { useStoreApi } from '@xyflow/react';
import { X } from 'lucide-react';
import { useLayoutEffect, useRef } from 'react';
import { useLocalTexts } from '../i18n';
import { uiActions, useUi } from '../store/ui';
import { keepClear } from './noticeSpot';

const TEXT = { dismiss: { en: 'Dismiss', uk: 'Закрити' } };

/**
 * The notices themselves, loaded with the first one. They move their stack (the live region
 * around them) to a part of the canvas where they hide nothing, and follow the view.
 */
export function NoticeList() {
  const tt = useLocalTexts(TEXT);
  const notices = useUi((s) => s.notices);
  const flow = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  const about = notices.flatMap((n) => n.about ?? []).join(' ');
  useLayoutEffect(() => {
    const stack = ref.current?.parentElement;
    if (!stack || notices.length === 0) return;
    return keepClear(stack, flow, new Set(about.split(' ')));
  }, [notices, about, flow]);
  return (
    <div ref={ref} className="notices__list">
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
            aria-label={tt('dismiss')}
            onClick={() => uiActions.dismiss(n.id)}
          >
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
