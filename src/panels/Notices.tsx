import { lazy, Suspense } from 'react';
import { useT } from '../i18n';
import { useUi } from '../store/ui';

const LazyNoticeList = lazy(() => import('./NoticeList').then((m) => ({ default: m.NoticeList })));

/**
 * Messages for the person: refused connections, storage problems, damaged data. The live region
 * is on the page from the start, so screen readers hear each notice put into it; the notices
 * load with the first one, and sit where they hide nothing on the canvas.
 */
export function Notices() {
  const t = useT();
  const shown = useUi((s) => s.notices.length > 0);
  return (
    <section className="notices" aria-label={t('notice.region')} aria-live="polite">
      {shown ? (
        <Suspense fallback={null}>
          <LazyNoticeList />
        </Suspense>
      ) : null}
    </section>
  );
}
