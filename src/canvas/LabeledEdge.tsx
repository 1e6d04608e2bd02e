import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';
import { hasOwnEntry } from '../model';
import { useRun } from '../run/controller';

export type LabeledFlowEdge = Edge<{ label: string; edgeKind: string }, 'labeled'>;

/** A wire with an optional short label (route, binding key, consumer group, protocol). */
export const LabeledEdge = memo(function LabeledEdge(props: EdgeProps<LabeledFlowEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data, selected } =
    props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const label = data?.label;
  const cut = useRun((s) => hasOwnEntry(s.faults.edges, props.id));
  return (
    <>
      <BaseEdge
        path={path}
        markerEnd={markerEnd}
        className={`wire wire-${data?.edgeKind ?? 'call'}${selected ? ' is-selected' : ''}${cut ? ' is-cut' : ''}`}
        interactionWidth={16}
        data-source={props.source}
        data-target={props.target}
      />
      {cut ? (
        <EdgeLabelRenderer>
          <div
            className="wire-cut nodrag nopan"
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY + (label ? 18 : 0)}px)`,
            }}
          >
            ✂
          </div>
        </EdgeLabelRenderer>
      ) : null}
      {label ? (
        <EdgeLabelRenderer>
          <div
            className="wire-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
