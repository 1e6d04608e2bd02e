import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useLang, useT } from '../i18n';
import { CATALOGUE, type DiagramNode, nodeProps } from '../model';
import { useLive } from '../run/live';
import { ICONS } from './icons';
import { LiveBadges } from './LiveBadges';
import { nodeSummary } from './nodeSummary';

export type ComponentFlowNode = Node<{ node: DiagramNode }, 'component'>;

/** A component on the canvas: icon, kind, label and its key settings. Handles: in on the left, out on the right. */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { node } = data;
  const spec = CATALOGUE[node.kind];
  const lang = useLang();
  const t = useT();
  const Icon = ICONS[spec.icon];
  const props = nodeProps(node);
  const liveUp = useLive((s) => s.byId[node.id]?.up ?? true);
  const up = props.up !== false && liveUp;
  const backlogLimit =
    typeof props.backlogLimit === 'number'
      ? props.backlogLimit
      : typeof props.capacity === 'number'
        ? props.capacity
        : null;
  return (
    <div
      className={`component-node${selected ? ' is-selected' : ''}${up ? '' : ' is-down'}`}
      style={{ '--accent': spec.color } as React.CSSProperties}
      data-kind={node.kind}
      data-testid={`node-${node.id}`}
    >
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
      <LiveBadges id={node.id} backlogLimit={backlogLimit} />
      <Handle type="source" position={Position.Right} className="handle handle-out" />
    </div>
  );
});
