import '../i18n/later/runText';
import { memo } from 'react';
import { useT } from '../i18n';
import { own } from '../model';
import { useLive } from '../run/live';

const MAX_LANES = 12;
/** The theme's colours for consumer groups (styles.css). */
const GROUP_COLOURS = ['var(--group-1)', 'var(--group-2)', 'var(--group-3)', 'var(--group-4)'];

/** A queue's depth against its capacity, and messages delivered but not yet acknowledged. */
export const QueueBadge = memo(function QueueBadge({ id }: { id: string }) {
  const t = useT();
  const q = useLive((s) => own(s.queues, id));
  if (!q) return null;
  const fill = q.capacity > 0 ? Math.min(1, q.depth / q.capacity) : 0;
  return (
    <div className="live__backlog" title={t('live.depthHelp')}>
      <span>{t('live.depth')}</span>
      <span className="live__bar" aria-hidden="true">
        <span
          style={{ transform: `scaleX(${Math.max(fill, q.depth > 0 ? 0.03 : 0)})` }}
          className={fill > 0.8 ? 'is-high' : ''}
        />
      </span>
      <b data-live="depth">{q.depth}</b>
      <span className="live__sub">
        {t('live.unacked')} <b data-live="unacked">{q.unacked}</b>
      </span>
    </div>
  );
});

/**
 * A topic's partitions as lanes: the grey bar is the retained log (from the first kept offset to the
 * end offset), each group's tick is its committed offset, and the number after is the end offset.
 */
export const TopicLanes = memo(function TopicLanes({ id }: { id: string }) {
  const t = useT();
  const topic = useLive((s) => own(s.topics, id));
  if (!topic) return null;
  const max = Math.max(1, ...topic.endOffsets);
  const shown = topic.endOffsets.slice(0, MAX_LANES);
  return (
    <div className="lanes" data-testid={`lanes-${id}`}>
      {shown.map((end, p) => {
        const start = topic.startOffsets[p] ?? 0;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a partition's number is its identity.
          <div key={p} className="lane" title={t('live.partitionHelp', { p, start, end })}>
            <span className="lane__name">P{p}</span>
            <span className="lane__bar" aria-hidden="true">
              <span
                className="lane__log"
                style={{ left: `${(start / max) * 100}%`, width: `${((end - start) / max) * 100}%` }}
              />
              {topic.groups.map((g, gi) => (
                <span
                  key={g.group}
                  className="lane__tick"
                  style={{
                    left: `${((g.committed[p] ?? 0) / max) * 100}%`,
                    background: GROUP_COLOURS[gi % GROUP_COLOURS.length],
                  }}
                />
              ))}
            </span>
            <b className="lane__end">{end}</b>
          </div>
        );
      })}
      {topic.endOffsets.length > MAX_LANES ? (
        <span className="live__sub">
          {t('live.morePartitions', { count: topic.endOffsets.length - MAX_LANES })}
        </span>
      ) : null}
      {topic.groups.map((g, gi) => (
        <span key={g.group} className="lane__group" data-live={`lag-${g.group}`}>
          <i style={{ background: GROUP_COLOURS[gi % GROUP_COLOURS.length] }} aria-hidden="true" />
          {t('live.groupLag', { group: g.group, lag: g.lag.reduce((a, b) => a + b, 0) })}
        </span>
      ))}
    </div>
  );
});

/** Which partitions each instance of a consumer service owns, per topic and group. */
export const ConsumerAssignments = memo(function ConsumerAssignments({ id }: { id: string }) {
  const t = useT();
  const consumers = useLive((s) => own(s.consumers, id));
  if (!consumers?.length) return null;
  return (
    <div className="assignments" data-testid={`assignments-${id}`}>
      {consumers.map((c) => (
        <div key={`${c.source}:${c.group}`}>
          <span className="live__sub">{c.group}</span>
          {c.instances.length === 0 ? (
            <span className="assignment is-idle">{t('live.rebalancing')}</span>
          ) : null}
          {c.instances.map((parts, i) => (
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: an instance's number is its identity.
              key={i}
              className={parts.length ? 'assignment' : 'assignment is-idle'}
              data-live={`instance-${i + 1}`}
            >
              #{i + 1} {parts.length ? parts.map((p) => `P${p}`).join(' ') : t('live.idle')}
            </span>
          ))}
        </div>
      ))}
    </div>
  );
});
