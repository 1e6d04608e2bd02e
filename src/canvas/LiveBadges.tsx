import '../i18n/later/runText';
import { AlertTriangle, PowerOff } from 'lucide-react';
import { memo } from 'react';
import { useT } from '../i18n';
import { hasOwnEntry, type NodeKind, own } from '../model';
import { useLive } from '../run/live';
import { useFaultSummary } from './faults/faultSummary';
import { ConsumerAssignments, QueueBadge, TopicLanes } from './MessagingBadges';

/** A node's live state while a run is on: busy share, backlog bar, requests in flight, errors, down mark. */
export const LiveBadges = memo(function LiveBadges({
  id,
  kind,
  backlogLimit,
}: {
  id: string;
  kind: NodeKind;
  backlogLimit: number | null;
}) {
  const t = useT();
  const live = useLive((s) => own(s.byId, id));
  const isQueue = useLive((s) => hasOwnEntry(s.queues, id));
  const faults = useFaultSummary(id);
  if (!live) return null;
  const fill = backlogLimit ? Math.min(1, live.backlog / backlogLimit) : live.backlog > 0 ? 1 : 0;
  return (
    <div className="live" data-testid={`live-${id}`}>
      {!live.up && faults.length === 0 ? (
        <span className="live__down">
          <PowerOff size={12} aria-hidden="true" /> {t('live.down')}
        </span>
      ) : null}
      {faults.map((f) => (
        <span key={f} className="live__fault">
          {f}
        </span>
      ))}
      <div className="live__row">
        {live.utilization !== null ? (
          <span title={t('live.utilizationHelp')}>
            {t('live.busy')} <b data-live="utilization">{Math.round(live.utilization * 100)}%</b>
          </span>
        ) : null}
        <span title={t('live.inFlightHelp')}>
          {t('live.inFlight')} <b data-live="inFlight">{live.inFlight}</b>
        </span>
        {live.errors > 0 ? (
          <span className="live__errors" title={t('live.errorsHelp')}>
            <AlertTriangle size={11} aria-hidden="true" /> <b data-live="errors">{live.errors}</b>
          </span>
        ) : null}
      </div>
      {/* A topic's log is shown as lanes, an exchange keeps nothing: no backlog bar for them. */}
      {kind === 'topic' || kind === 'exchange' ? null : isQueue ? (
        <QueueBadge id={id} />
      ) : (
        <div className="live__backlog" title={t('live.backlogHelp')}>
          <span>{t('live.backlog')}</span>
          <span className="live__bar" aria-hidden="true">
            <span style={{ transform: `scaleX(${fill})` }} className={fill > 0.8 ? 'is-high' : ''} />
          </span>
          <b data-live="backlog">{live.backlog}</b>
        </div>
      )}
      {kind === 'topic' ? <TopicLanes id={id} /> : null}
      {kind === 'service' ? <ConsumerAssignments id={id} /> : null}
    </div>
  );
});
