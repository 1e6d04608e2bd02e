import { type ReactFlowState, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useT } from '../i18n';

const maxZoomReached = (s: ReactFlowState) => s.transform[2] >= s.maxZoom;
const minZoomReached = (s: ReactFlowState) => s.transform[2] <= s.minZoom;
const interactive = (s: ReactFlowState) => s.nodesDraggable || s.nodesConnectable || s.elementsSelectable;

/** React Flow's control icons, drawn the same. */
const icon = (viewBox: string, d: string) => (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox={viewBox} aria-hidden="true">
    <path d={d} />
  </svg>
);
const LOCK_TOP = 'M21.333 10.667H19.81V7.619C19.81 3.429 16.38 0 12.19 0';
const LOCK_BODY =
  'A3.056 3.056 0 000 13.714v15.238A3.056 3.056 0 003.048 32h18.285a3.056 3.056 0 003.048-3.048V13.714a3.056 3.056 0 00-3.048-3.047zM12.19 24.533a3.056 3.056 0 01-3.047-3.047 3.056 3.056 0 013.047-3.048 3.056 3.056 0 013.048 3.048 3.056 3.056 0 01-3.048 3.047z';

/**
 * The zoom controls at the canvas's bottom left: zoom in, zoom out, fit the view, and lock or
 * unlock editing. The same element, classes, labels, icons and behaviour as React Flow's
 * <Controls>, which cost the first page 1.2 KB of gzip (its icon components, options and callbacks
 * nobody here passes) against 0.8 KB here, most of it the icons' paths.
 */
export function ZoomControls() {
  const t = useT();
  const rf = useStoreApi();
  const flow = useReactFlow();
  const isInteractive = useStore(interactive);
  const atMax = useStore(maxZoomReached);
  const atMin = useStore(minZoomReached);
  const button = (
    name: string,
    label: string,
    onClick: () => void,
    children: React.ReactNode,
    disabled?: boolean,
  ) => (
    <button
      type="button"
      className={`react-flow__controls-button react-flow__controls-${name}`}
      title={label}
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: React Flow's <Controls> markup, kept as it was (each button has its own label).
    <div
      className="react-flow__panel react-flow__controls vertical bottom left"
      data-testid="rf__controls"
      aria-label={t('canvas.rf.controls')}
    >
      {button(
        'zoomin',
        t('canvas.rf.zoomIn'),
        () => void flow.zoomIn(),
        icon('0 0 32 32', 'M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z'),
        atMax,
      )}
      {button(
        'zoomout',
        t('canvas.rf.zoomOut'),
        () => void flow.zoomOut(),
        icon('0 0 32 5', 'M0 0h32v4.2H0z'),
        atMin,
      )}
      {button(
        'fitview',
        t('canvas.rf.fitView'),
        () => void flow.fitView(),
        icon(
          '0 0 32 30',
          'M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z',
        ),
      )}
      {button(
        'interactive',
        t('canvas.rf.interactive'),
        () =>
          rf.setState({
            nodesDraggable: !isInteractive,
            nodesConnectable: !isInteractive,
            elementsSelectable: !isInteractive,
          }),
        icon(
          '0 0 25 32',
          isInteractive
            ? `${LOCK_TOP}c-4.114 1.828-1.37 2.133.305 2.438 1.676.305 4.42 2.59 4.42 5.181v3.048H3.047${LOCK_BODY}`
            : `${LOCK_TOP} 8 0 4.571 3.429 4.571 7.619v3.048H3.048${LOCK_BODY}m4.724-13.866H7.467V7.619c0-2.59 2.133-4.724 4.723-4.724 2.591 0 4.724 2.133 4.724 4.724v3.048z`,
        ),
      )}
    </div>
  );
}
