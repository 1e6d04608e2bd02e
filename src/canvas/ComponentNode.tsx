import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { createContext, lazy, memo, Suspense, useContext } from 'react';
import { useLang, useT } from '../i18n';
import { CATALOGUE, type DiagramNode, hasOwnEntry, nodeProps, own } from '../model';
import { useLive } from '../run/live';
import { ICONS } from './icons';
import { nodeSummary } from './nodeSummary';

/** Badges load with the first run: nobody needs them before. */
const LiveBadges = lazy(() => import('./LiveBadges').then((m) => ({ default: m.LiveBadges })));

export type ComponentFlowNode = Node<{ node: DiagramNode }, 'component'>;

/** Below this zoom a node's settings are unreadable, so it draws as little as a bare React Flow node. */
export const FAR_ZOOM = 0.45;

/**
 * Whether the view is zoomed out past FAR_ZOOM. The canvas subscribes to the zoom once and
 * provides it here, instead of every node subscribing to React Flow's store (500 subscriptions
 * woken on every frame of a pan).
 */
export const FarContext = createContext(false);

function backlogLimitOf(props: Record<string, unknown>): number | null {
  if (typeof props.backlogLimit === 'number') return props.backlogLimit;
  return typeof props.capacity === 'number' ? props.capacity : null;
}

/**
 * A component on the canvas: icon, kind, label, its key settings and, while a run goes on, live
 * badges. Handles: in on the left, out on the right. Far out it keeps only colour and name.
 */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { node } = data;
  const spec = CATALOGUE[node.kind];
  const lang = useLang();
  const t = useT();
  const far = useContext(FarContext);
  const props = nodeProps(node);
  const liveUp = useLive((s) => own(s.byId, node.id)?.up ?? true);
  const hasLive = useLive((s) => hasOwnEntry(s.byId, node.id));
  const up = props.up !== false && liveUp;
  const className = `component-node${selected ? ' is-selected' : ''}${up ? '' : ' is-down'}${far ? ' is-far' : ''}`;
  const style = { '--accent': spec.color } as React.CSSProperties;
  if (far) {
    return (
      <div className={className} style={style} data-kind={node.kind} data-testid={`node-${node.id}`}>
        <Handle type="target" position={Position.Left} className="handle handle-in" />
        <div className="component-node__label">{node.label || '\u00a0'}</div>
        <Handle type="source" position={Position.Right} className="handle handle-out" />
      </div>
    );
  }
  const Icon = ICONS[spec.icon];
  return (
    <div className={className} style={style} data-kind={node.kind} data-testid={`node-${node.id}`}>
      <Handle type="target" position={Position.Left} className="handle handle-in" />
      <div className="component-node__head">
        <span className="component-node__icon" aria-hidden="true">
          <Icon size={16} strokeWidth={2} />
        </span>
        <span className="component-node__kind">{spec.name[lang]}</span>
      </div>
      <div className="component-node__label">{node.label || '\u00a0'}</div>
      <dl className="component-node__summary">
        {nodeSummary(node, lang, t).map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      {hasLive ? (
        <Suspense fallback={null}>
          <LiveBadges id={node.id} kind={node.kind} backlogLimit={backlogLimitOf(props)} />
        </Suspense>
      ) : null}
      <Handle type="source" position={Position.Right} className="handle handle-out" />
    </div>
  );
});
