import '../../i18n/later/runText';
import { Fragment, useId, useMemo, useState } from 'react';
import { useLang, useLocalTexts, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../model';
import { useRun } from '../../run/controller';
import { useDiagram } from '../../store/diagram';
import { type QueueingNote, type QueueingRow, queueingRows, WARN_RHO } from './queueing';
import { QUEUEING_TEXT } from './strings';

const MAX_ROWS = 12;
/** The overview's section stays as the person left it while the panel comes and goes. */
let overviewOpen = false;

export type Tt = (key: keyof typeof QUEUEING_TEXT, params?: Record<string, string | number>) => string;

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
/** Two decimals below 10, one above: rates read at a glance. */
const rate = (x: number, lang: Lang) => formatNumber(round(x, x < 10 ? 2 : 1), lang);
const fixed2 = (x: number, lang: Lang) => formatNumber(round(x, 2), lang);

const isWarning = (note: QueueingNote | undefined) =>
  note?.key === 'unstable' || note?.key === 'nearSaturation' || note?.key === 'nearSaturationMeasured';

function noteText(note: QueueingNote, tt: Tt, lang: Lang, ms: (x: number) => string, rho: number): string {
  switch (note.key) {
    case 'unstable':
      return tt('unstable', { rho: fixed2(note.rho, lang), count: note.c });
    case 'nearSaturation':
      return tt('nearSaturation', {
        rho: fixed2(note.rho, lang),
        idle: formatNumber(Math.max(0, Math.round(100 * (1 - note.rho))), lang),
      });
    case 'nearSaturationMeasured':
      return tt('nearSaturationMeasured', { pct: formatNumber(Math.round(100 * note.busy), lang) });
    case 'notExponential': {
      const first = tt(note.dist);
      return note.approxMs === null ? first : `${first} ${tt('approx', { wait: ms(note.approxMs) })}`;
    }
    case 'holdsWhileCalling':
      return tt('holdsWhileCalling', { busy: fixed2(note.busy, lang), rho: fixed2(rho, lang) });
    case 'refused':
      return tt('refused', { count: note.count });
    case 'prefetch':
      return tt('prefetch', { prefetch: note.prefetch });
    case 'partitions':
      return tt('partitions');
    case 'topicWait':
      return tt('topicWait');
    case 'queueWait':
      return tt('queueWait');
  }
}

function Row({ row, tt, lang, ms }: { row: QueueingRow; tt: Tt; lang: Lang; ms: (x: number) => string }) {
  const warn = isWarning(row.notes[0]);
  const rhoText = Number.isFinite(row.rho) ? fixed2(row.rho, lang) : '–';
  return (
    <Fragment>
      <tr
        data-testid="queueing-row"
        data-node-id={row.id}
        className={warn ? 'queueing__row is-warn' : 'queueing__row'}
      >
        <th scope="row">{row.label}</th>
        <td>{rate(row.lambda, lang)}</td>
        <td>{row.mu > 0 ? rate(row.mu, lang) : '–'}</td>
        <td>{row.c}</td>
        <td data-testid="queueing-rho" className={row.rho >= WARN_RHO ? 'is-bad' : undefined}>
          {rhoText}
        </td>
        <td>
          {row.predictedWqMs === null ? (
            <span className="queueing__none">{tt('noSteadyState')}</span>
          ) : (
            ms(row.predictedWqMs)
          )}
        </td>
        <td>
          {row.measuredWqMs === null ? (
            <span className="queueing__none">{tt('notMeasured')}</span>
          ) : (
            ms(row.measuredWqMs)
          )}
        </td>
        <td>
          {fixed2(row.littleL, lang)} | {fixed2(row.littleLambdaW, lang)}
        </td>
      </tr>
      {row.notes.length > 0 ? (
        <tr className="queueing__notes">
          <td colSpan={8}>
            <ul>
              {row.notes.map((note) => (
                <li
                  key={note.key}
                  className={
                    note.key === 'unstable' || note.key === 'nearSaturation' ? 'queueing__warning' : undefined
                  }
                >
                  {noteText(note, tt, lang, ms, row.rho)}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}

/**
 * For each service (consumers of queues and topics included): λ, μ, c, ρ, the M/M/c wait against
 * the measured one, and Little's law on the run's numbers. With `nodeId`, that service alone.
 */
export function QueueingSection({ nodeId }: { nodeId?: string }) {
  const t = useT();
  const tt = useLocalTexts(QUEUEING_TEXT);
  const lang = useLang();
  const [open, setOpen] = useState(nodeId !== undefined || overviewOpen);
  const bodyId = useId();
  const toggle = () => {
    if (nodeId === undefined) overviewOpen = !open;
    setOpen(!open);
  };
  return (
    <section className="queueing" aria-label={tt('title')} data-testid="queueing-view">
      <h4 className="queueing__head">
        <button
          type="button"
          className="queueing__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          data-testid="queueing-toggle"
          onClick={toggle}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {tt('title')}
        </button>
      </h4>
      {open ? <QueueingBody id={bodyId} nodeId={nodeId} tt={tt} lang={lang} msUnit={t('unit.ms')} /> : null}
    </section>
  );
}

function QueueingBody({
  id,
  nodeId,
  tt,
  lang,
  msUnit,
}: {
  id: string;
  nodeId: string | undefined;
  tt: Tt;
  lang: Lang;
  msUnit: string;
}) {
  const t = useT();
  const summary = useRun((s) => s.summary);
  const nodes = useDiagram((s) => s.nodes);
  const edges = useDiagram((s) => s.edges);
  const all = useMemo(() => (summary ? queueingRows(nodes, edges, summary) : []), [summary, nodes, edges]);
  const chosen = nodeId === undefined ? all : all.filter((r) => r.id === nodeId);
  return (
    <QueueingTable
      id={id}
      rows={chosen}
      tt={tt}
      lang={lang}
      msUnit={msUnit}
      more={(count) => t('metrics.more', { count })}
    />
  );
}

/** The view's body from its rows (no stores: what the tests render). */
export function QueueingTable({
  id,
  rows: chosen,
  tt,
  lang,
  msUnit,
  more,
}: {
  id?: string;
  rows: readonly QueueingRow[];
  tt: Tt;
  lang: Lang;
  msUnit: string;
  more: (count: number) => string;
}) {
  // Many services: the most loaded first, a dozen at most.
  const rows =
    chosen.length <= MAX_ROWS ? chosen : [...chosen].sort((a, b) => b.rho - a.rho).slice(0, MAX_ROWS);
  const ms = (x: number) => `${formatNumber(round(x, x < 10 ? 1 : 0), lang)}\u00a0${msUnit}`;
  return (
    <div id={id} className="queueing__body">
      <p className="queueing__intro">{tt('intro')}</p>
      {rows.length === 0 ? (
        <p className="muted metrics__caption">{tt('empty')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the panel scrolls; keyboard users must reach it to scroll (WCAG 2.1.1).
        <section className="queueing__scroll" tabIndex={0} aria-label={tt('title')}>
          <table className="metrics__table queueing__table">
            <thead>
              <tr>
                <th scope="col">{tt('colComponent')}</th>
                <th scope="col">
                  <abbr title={tt('colLambdaLong')}>{tt('colLambda')}</abbr>
                </th>
                <th scope="col">
                  <abbr title={tt('colMuLong')}>{tt('colMu')}</abbr>
                </th>
                <th scope="col">
                  <abbr title={tt('colCLong')}>{tt('colC')}</abbr>
                </th>
                <th scope="col">
                  <abbr title={tt('colRhoLong')}>{tt('colRho')}</abbr>
                </th>
                <th scope="col">
                  <abbr title={tt('colPredictedLong')}>{tt('colPredicted')}</abbr>
                </th>
                <th scope="col">
                  <abbr title={tt('colMeasuredLong')}>{tt('colMeasured')}</abbr>
                </th>
                <th scope="col">
                  <abbr title={tt('colLittleLong')}>{tt('colLittle')}</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Row key={row.id} row={row} tt={tt} lang={lang} ms={ms} />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {chosen.length > rows.length ? (
        <p className="metrics__caption">{more(chosen.length - rows.length)}</p>
      ) : null}
      <p className="queueing__intro">{tt('littleIntro')}</p>
    </div>
  );
}
