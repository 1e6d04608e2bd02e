import '../i18n/later/runText';
import { SkipForward, StepBack } from 'lucide-react';
import { useState } from 'react';
import { type MessageKey, type Params, useLang, useT } from '../i18n';
import { formatClock } from '../i18n/format';
import type { DiagramDocument, JournalCommand } from '../model';
import { runActions, useRun } from '../run/controller';
import type { TimelineMark } from '../run/protocol';
import { useDiagram } from '../store/diagram';
import { RecordButton } from './compare/RecordButton';
import { IconButton } from './IconButton';

type T = (key: MessageKey, params?: Params) => string;

/** What a mark on the timeline stands for, in words: "Stop: Orders", "changed Billing". */
export function describeCommand(
  command: JournalCommand,
  t: T,
  diagram: Pick<DiagramDocument, 'nodes' | 'edges'>,
): string {
  const nodeName = (id: string) => diagram.nodes.find((n) => n.id === id)?.label || id;
  const edgeName = (id: string) => {
    const e = diagram.edges.find((x) => x.id === id);
    return e ? `${nodeName(e.source)} → ${nodeName(e.target)}` : id;
  };
  if (command.type === 'nodeProps') return t('timeline.edit', { name: nodeName(command.id) });
  if (command.type === 'edgeProps') return t('timeline.edit', { name: edgeName(command.id) });
  const f = command.fault;
  switch (f.kind) {
    case 'replay':
      return t('timeline.replay', { name: nodeName(f.topicId) });
    case 'cut':
    case 'heal':
      return t('timeline.fault', { fault: t(`fault.${f.kind}`), name: edgeName(f.edgeId) });
    case 'slow':
      return t('timeline.fault', { fault: t('fault.slow', { factor: f.factor }), name: nodeName(f.nodeId) });
    case 'errors':
      return t('timeline.fault', { fault: t('fault.errors', { pct: f.pct }), name: nodeName(f.nodeId) });
    default:
      return t('timeline.fault', { fault: t(`fault.${f.kind}`), name: nodeName(f.nodeId) });
  }
}

const markClass = (m: TimelineMark) =>
  m.command.type === 'fault'
    ? ['start', 'restore', 'heal', 'instanceUp'].includes(m.command.fault.kind)
      ? 'timeline__mark is-mend'
      : 'timeline__mark is-fault'
    : 'timeline__mark is-edit';

/**
 * The scrubber under the canvas: drag to any moment of the run (the engine replays to it), step
 * back, jump to the latest moment; faults and live edits are marks that take you to their moment.
 */
export function Timeline() {
  const t = useT();
  const now = useRun((s) => s.now);
  const endMs = useRun((s) => s.endMs);
  const marks = useRun((s) => s.marks);
  const status = useRun((s) => s.status);
  const nodes = useDiagram((s) => s.nodes);
  const edges = useDiagram((s) => s.edges);
  const [dragging, setDragging] = useState<number | null>(null);
  const lang = useLang();
  if (nodes.length === 0) return null;
  const before = endMs <= 0 && now <= 0;
  const end = Math.max(endMs, now);
  const value = dragging ?? now;
  const seconds = t('unit.s');
  const seek = (ms: number) => {
    setDragging(ms);
    runActions.seek(ms);
  };
  return (
    <section className="timeline" aria-label={t('timeline.label')} data-testid="timeline">
      <IconButton
        icon={StepBack}
        label={t('timeline.stepBack')}
        title={t('timeline.stepBackHelp')}
        onClick={runActions.stepBack}
        disabled={now <= 0}
        run="step-back"
      />
      <div className="timeline__track">
        <input
          type="range"
          className="timeline__range"
          min={0}
          max={end}
          step="any"
          value={Math.min(value, end)}
          aria-label={t('timeline.label')}
          aria-valuetext={formatClock(value, lang, seconds)}
          title={before ? t('timeline.empty') : t('timeline.help')}
          disabled={before}
          data-testid="timeline-range"
          onChange={(e) => seek(Number(e.currentTarget.value))}
          onPointerUp={() => setDragging(null)}
          onKeyUp={() => setDragging(null)}
          onBlur={() => setDragging(null)}
        />
        <ol className="timeline__marks">
          {marks.map((m, i) => {
            const what = t('timeline.mark', {
              time: formatClock(m.at, lang, seconds),
              what: describeCommand(m.command, t, { nodes, edges }),
            });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: marks are a list in time order; two can share a time.
              <li key={i} style={{ left: `${end > 0 ? (m.at / end) * 100 : 0}%` }}>
                <button
                  type="button"
                  className={markClass(m)}
                  title={what}
                  aria-label={what}
                  onClick={() => {
                    runActions.seek(m.at);
                    setDragging(null);
                  }}
                />
              </li>
            );
          })}
        </ol>
      </div>
      <output className="timeline__clock" data-testid="timeline-clock">
        {t('timeline.at', { time: formatClock(value, lang, seconds), end: formatClock(end, lang, seconds) })}
      </output>
      <IconButton
        icon={SkipForward}
        label={t('timeline.toEnd')}
        onClick={() => {
          runActions.seek(end);
          setDragging(null);
        }}
        disabled={status === 'running' || now >= end}
      />
      <div className="timeline__record">
        <RecordButton />
      </div>
    </section>
  );
}
