import '../../i18n/later/runText';
import { Crosshair, X } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import type { TraceEvent } from '../../engine';
import { useT } from '../../i18n';
import { runActions, useRun } from '../../run/controller';
import { useDiagram } from '../../store/diagram';
import { type TraceNames, traceRows } from './traceRows';

const REFRESH_MS = 500;

function useNames(): TraceNames {
  const nodeIds = useRun((s) => s.nodeIds);
  const nodes = useDiagram((s) => s.nodes);
  const edges = useDiagram((s) => s.edges);
  return useMemo(() => {
    const label = new Map(nodes.map((n) => [n.id, n.label]));
    const edgeIds = edges.map((e) => e.id);
    return {
      node: (i) => label.get(nodeIds[i] ?? '') ?? '?',
      edge: (i) => {
        const e = edges.find((x) => x.id === edgeIds[i]);
        return { from: label.get(e?.source ?? '') ?? '?', to: label.get(e?.target ?? '') ?? '?' };
      },
    };
  }, [nodeIds, nodes, edges]);
}

/** The story of one pinned message: every hop, every wait, and how it ended. Refreshes while it travels. */
function FollowedTrace({ id }: { id: number }) {
  const t = useT();
  const names = useNames();
  const status = useRun((s) => s.status);
  const [events, setEvents] = useState<TraceEvent[] | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => runActions.trace(id).then((e) => alive && setEvents(e));
    void load();
    const timer = status === 'running' ? setInterval(load, REFRESH_MS) : undefined;
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [id, status]);
  const rows = events ? traceRows(events, names) : [];
  return (
    <>
      <header className="trace__head">
        <h2>{t('trace.title', { id })}</h2>
        <button
          type="button"
          className="button button--icon button--small"
          aria-label={t('trace.close')}
          onClick={() => runActions.follow(null)}
        >
          <X size={14} aria-hidden="true" />
        </button>
      </header>
      {events && rows.length === 0 ? <p className="muted">{t('trace.empty')}</p> : null}
      <ol className="trace__rows" data-testid="trace-rows">
        {rows.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are an append-only story; the index is its identity.
          <li key={i} className={`trace__row is-${r.tone}`}>
            <span className="trace__at">
              +{r.at} {t('unit.ms')}
            </span>
            <span>
              {t(r.key, r.params)}
              {r.wait ? <span className="trace__wait"> · {t(r.wait.key, { ms: r.wait.ms })}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** A log of recent messages to pick one from. */
function RecentLog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const names = useNames();
  const [traces, setTraces] = useState<{ id: number; events: TraceEvent[] }[]>([]);
  useEffect(() => {
    let alive = true;
    void runActions.recent(12).then((r) => alive && setTraces(r));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <>
      <header className="trace__head">
        <h2>{t('trace.recent')}</h2>
        <button
          type="button"
          className="button button--icon button--small"
          aria-label={t('trace.close')}
          onClick={onClose}
        >
          <X size={14} aria-hidden="true" />
        </button>
      </header>
      <p className="muted trace__hint">{t('trace.hint')}</p>
      {traces.length === 0 ? <p className="muted">{t('trace.recentEmpty')}</p> : null}
      <ul className="trace__recent">
        {traces.map(({ id, events }) => {
          const rows = traceRows(events, names);
          const first = rows[0];
          const last = rows.at(-1);
          return (
            <li key={id}>
              <button type="button" className="trace__pick" onClick={() => runActions.follow(id)}>
                <b>#{id}</b> {first ? t(first.key, first.params) : ''}
                {last && last !== first ? (
                  <span className={`is-${last.tone}`}> … {t(last.key, last.params)}</span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Follow a message: the pinned message's trace, or the log to pick one from. */
export function TracePanel() {
  const t = useT();
  const followed = useRun((s) => s.followed);
  const active = useRun((s) => s.status !== 'idle' || s.now > 0);
  const [logOpen, setLogOpen] = useState(false);
  if (!active) return null;
  if (followed === null && !logOpen) {
    return (
      <button type="button" className="button trace__open" onClick={() => setLogOpen(true)}>
        <Crosshair size={14} aria-hidden="true" /> {t('trace.openLog')}
      </button>
    );
  }
  return (
    <section className="trace" aria-label={t('trace.openLog')}>
      {followed !== null ? <FollowedTrace id={followed} /> : <RecentLog onClose={() => setLogOpen(false)} />}
    </section>
  );
}
