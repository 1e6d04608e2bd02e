import '../../i18n/later/editorText';
import '../../i18n/later/runText';
import { useLang, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ownEntries } from '../../model';
import { useRun } from '../../run/controller';
import { EMPTY_SET, uiActions } from '../../store/ui';
import { QueueingSection } from '../queueing/QueueingSection';

const MAX_ROWS = 12;

/** Every component's throughput, p95 and errors at a glance, then the queueing-theory view (folded). */
export function RunOverviewBody() {
  const t = useT();
  const lang = useLang();
  const summary = useRun((s) => s.summary);
  if (!summary || summary.durationMs <= 0) return null;
  const seconds = summary.durationMs / 1000;
  const all = ownEntries(summary.nodes);
  const errorsOf = (n: (typeof all)[number][1]) => Object.values(n.errors).reduce((a, b) => a + b, 0);
  // Large diagrams: the components with errors first, then the busiest, a dozen at most. Each
  // component's errors are added up once, not in every comparison of the sort (200 components:
  // about 6 ms per summary, four times a second, when counted in the comparator).
  const rows =
    all.length <= MAX_ROWS
      ? all
      : all
          .map((entry) => ({ entry, errors: errorsOf(entry[1]) }))
          .sort((a, b) => b.errors - a.errors || b.entry[1].completed - a.entry[1].completed)
          .slice(0, MAX_ROWS)
          .map((r) => r.entry);
  return (
    <section className="metrics" aria-label={t('metrics.overview')} data-testid="run-overview">
      <h4>{t('metrics.overview')}</h4>
      <table className="metrics__table metrics__overview">
        <thead>
          <tr>
            <th scope="col">{t('inspector.name')}</th>
            <th scope="col">{t('metrics.throughput')}</th>
            <th scope="col">{t('metrics.p95')}</th>
            <th scope="col">{t('metrics.errors')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, n]) => {
            const errors = errorsOf(n);
            return (
              <tr key={id}>
                <th scope="row">
                  <button
                    type="button"
                    className="metrics__pick"
                    onClick={() => uiActions.select(new Set([id]), EMPTY_SET)}
                  >
                    {n.label}
                  </button>
                </th>
                <td>{formatNumber(Math.round((n.completed / seconds) * 10) / 10, lang)}</td>
                <td>{n.latency.count ? `${Math.round(n.latency.p95)}\u00a0${t('unit.ms')}` : '–'}</td>
                <td className={errors ? 'is-bad' : undefined}>{errors}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {all.length > rows.length ? (
        <p className="metrics__caption">{t('metrics.more', { count: all.length - rows.length })}</p>
      ) : null}
      <QueueingSection />
    </section>
  );
}
