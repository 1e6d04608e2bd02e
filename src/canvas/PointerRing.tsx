import { useInternalNode, ViewportPortal } from '@xyflow/react';
import { useEffect } from 'react';
import { useLocalTexts } from '../i18n';
import { useDiagram } from '../store/diagram';
import { uiActions, useUi } from '../store/ui';

/** How long the ring stays on a component the presenter pointed at. */
const RING_MS = 5000;

const TEXT = {
  pointing: { en: 'Pointing at {name}', uk: 'Вказівка на «{name}»' },
} as const;

/**
 * The laser pointer: a pulsing ring around the component the presenter clicked, for a few
 * seconds. It sits in the viewport, so it moves and zooms with the diagram; it changes nothing.
 */
export function PointerRing() {
  const pointed = useUi((s) => s.pointed);
  const node = useInternalNode(pointed?.id ?? '');
  const label = useDiagram((s) => (pointed ? (s.nodes.find((n) => n.id === pointed.id)?.label ?? '') : ''));
  const tt = useLocalTexts(TEXT);
  useEffect(() => {
    if (!pointed) return;
    const timer = setTimeout(() => {
      if (useUi.getState().pointed?.seq === pointed.seq) uiActions.point(null);
    }, RING_MS);
    return () => clearTimeout(timer);
  }, [pointed]);
  if (!pointed || !node) return null;
  const { x, y } = node.internals.positionAbsolute;
  return (
    <ViewportPortal>
      <div
        key={pointed.seq}
        className="pointer-ring"
        data-testid="pointer-ring"
        data-node={pointed.id}
        style={{
          transform: `translate(${x}px, ${y}px)`,
          width: node.measured.width ?? 0,
          height: node.measured.height ?? 0,
        }}
      >
        <span className="visually-hidden" role="status">
          {tt('pointing', { name: label || '—' })}
        </span>
      </div>
    </ViewportPortal>
  );
}
