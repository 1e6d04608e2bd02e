import '../../i18n/later/runText';
import {
  Activity,
  CircleSlash,
  History,
  Play,
  PowerOff,
  RefreshCw,
  Scissors,
  Snail,
  Undo2,
  Zap,
} from 'lucide-react';
import { useT } from '../../i18n';
import { hasOwnEntry, type NodeKind, own } from '../../model';
import { runActions, useRun } from '../../run/controller';
import { type Fault, faultsFor } from '../../run/faults';

export type FaultTarget =
  | { type: 'node'; id: string; kind: NodeKind }
  | { type: 'edge'; id: string; replay?: { topicId: string; group: string } };

const DEPLOY_STEP_MS = 5000;

/** The fault-injection buttons for one node or wire; used by the inspector and the right-click menu. */
export function FaultActions({
  target,
  onDone,
  asMenu = false,
}: {
  target: FaultTarget;
  onDone?: () => void;
  asMenu?: boolean;
}) {
  const t = useT();
  const status = useRun((s) => s.status);
  const nodeFaults = useRun((s) => (target.type === 'node' ? own(s.faults.nodes, target.id) : undefined));
  const cut = useRun((s) => (target.type === 'edge' ? hasOwnEntry(s.faults.edges, target.id) : false));
  if (status === 'idle') return <p className="muted fault-hint">{t('fault.runFirst')}</p>;

  const items: { key: string; label: string; icon: React.ReactNode; fault: Fault }[] = [];
  if (target.type === 'edge') {
    items.push(
      cut
        ? {
            key: 'heal',
            label: t('fault.heal'),
            icon: <RefreshCw size={14} />,
            fault: { kind: 'heal', edgeId: target.id },
          }
        : {
            key: 'cut',
            label: t('fault.cut'),
            icon: <Scissors size={14} />,
            fault: { kind: 'cut', edgeId: target.id },
          },
    );
    if (target.replay) {
      items.push({
        key: 'replay',
        label: t('fault.replay', { group: target.replay.group }),
        icon: <History size={14} />,
        fault: { kind: 'replay', ...target.replay },
      });
    }
  } else {
    const id = target.id;
    const allowed = faultsFor(target.kind);
    const f = nodeFaults ?? {};
    if (f.stopped)
      items.push({
        key: 'start',
        label: t('fault.start'),
        icon: <Play size={14} />,
        fault: { kind: 'start', nodeId: id },
      });
    else
      items.push({
        key: 'stop',
        label: t('fault.stop'),
        icon: <PowerOff size={14} />,
        fault: { kind: 'stop', nodeId: id },
      });
    if (allowed.includes('slow')) {
      items.push(
        f.slow
          ? {
              key: 'unslow',
              label: t('fault.unslow'),
              icon: <Activity size={14} />,
              fault: { kind: 'slow', nodeId: id, factor: 1 },
            }
          : {
              key: 'slow',
              label: t('fault.slow', { factor: 5 }),
              icon: <Snail size={14} />,
              fault: { kind: 'slow', nodeId: id, factor: 5 },
            },
      );
    }
    if (allowed.includes('errors') && f.errorPct === undefined) {
      items.push({
        key: 'errors',
        label: t('fault.errors', { pct: 50 }),
        icon: <Zap size={14} />,
        fault: { kind: 'errors', nodeId: id, pct: 50 },
      });
    }
    if (allowed.includes('instanceDown')) {
      items.push({
        key: 'instanceDown',
        label: t('fault.instanceDown'),
        icon: <CircleSlash size={14} />,
        fault: { kind: 'instanceDown', nodeId: id },
      });
      if (f.instancesDown)
        items.push({
          key: 'instanceUp',
          label: t('fault.instanceUp'),
          icon: <Play size={14} />,
          fault: { kind: 'instanceUp', nodeId: id },
        });
    }
    if (allowed.includes('deploy') && !f.deploying) {
      items.push({
        key: 'deploy',
        label: t('fault.deploy'),
        icon: <RefreshCw size={14} />,
        fault: { kind: 'deploy', nodeId: id, perInstanceMs: DEPLOY_STEP_MS },
      });
    }
    if (nodeFaults)
      items.push({
        key: 'restore',
        label: t('fault.restore'),
        icon: <Undo2 size={14} />,
        fault: { kind: 'restore', nodeId: id },
      });
  }
  const buttons = items.map((item) => (
    <button
      key={item.key}
      type="button"
      role={asMenu ? 'menuitem' : undefined}
      className={asMenu ? 'fault-menu__item' : 'button button--small'}
      onClick={() => {
        void runActions.fault(item.fault);
        onDone?.();
      }}
    >
      <span aria-hidden="true">{item.icon}</span> {item.label}
    </button>
  ));
  return asMenu ? (
    <div className="fault-menu__items" role="menu" aria-label={t('fault.title')}>
      {buttons}
    </div>
  ) : (
    <fieldset className="fault-actions">
      <legend className="visually-hidden">{t('fault.title')}</legend>
      {buttons}
    </fieldset>
  );
}
