import { useConnection, useReactFlow, ViewportPortal } from '@xyflow/react';
import { useLang, useT } from '../i18n';
import { judgeConnection } from '../model';
import { useDiagram } from '../store/diagram';

/** While a wire is being dragged over a component it may not connect to, says why, right at the pointer. */
export function ConnectionHint() {
  const connection = useConnection();
  const { getIntersectingNodes } = useReactFlow();
  const t = useT();
  const lang = useLang();
  if (!connection.inProgress || !connection.fromNode) return null;
  const at = connection.to;
  const overId =
    connection.toNode?.id ??
    getIntersectingNodes({ x: at.x - 1, y: at.y - 1, width: 2, height: 2 }).find(
      (n) => n.id !== connection.fromNode.id,
    )?.id;
  if (!overId) return null;
  const { nodes, edges } = useDiagram.getState();
  const from = nodes.find((n) => n.id === connection.fromNode.id);
  const to = nodes.find((n) => n.id === overId);
  if (!from || !to) return null;
  const [source, target] = connection.fromHandle?.type === 'target' ? [to, from] : [from, to];
  const verdict = judgeConnection(source, target, edges);
  if (verdict.ok) return null;
  return (
    <ViewportPortal>
      <div
        className="connection-hint"
        role="status"
        style={{ transform: `translate(${at.x + 14}px, ${at.y + 14}px)` }}
      >
        <strong>{t('canvas.refused')}</strong> {verdict.why[lang]}
      </div>
    </ViewportPortal>
  );
}
