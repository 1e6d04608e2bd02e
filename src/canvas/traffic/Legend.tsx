import { useT } from '../../i18n';
import { useRun } from '../../run/controller';

/** The key to the moving shapes, shown once a run has started. */
export function Legend() {
  const t = useT();
  const active = useRun((s) => s.status !== 'idle' || s.now > 0);
  if (!active) return null;
  return (
    <aside className="legend" aria-label={t('legend.title')}>
      <ul>
        <li>
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" className="legend__request" />
          </svg>
          {t('legend.request')}
        </li>
        <li>
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <circle cx="6" cy="6" r="4" className="legend__response" />
          </svg>
          {t('legend.response')}
        </li>
        <li>
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <path d="M6 0.5 11.5 6 6 11.5 0.5 6Z" className="legend__event" />
          </svg>
          {t('legend.event')}
        </li>
        <li>
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <rect x="0.5" y="0.5" width="11" height="11" className="legend__batch" />
          </svg>
          {t('legend.batch')}
        </li>
        <li>
          <svg viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2 2 10 10M10 2 2 10" className="legend__error" />
          </svg>
          {t('legend.error')}
        </li>
      </ul>
    </aside>
  );
}
