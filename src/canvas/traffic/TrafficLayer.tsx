import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { registerTrafficDrawer, updateTraffic } from '../../run/controller';
import { draw } from '../../run/drawing';
import { useDiagram } from '../../store/diagram';
import { useTheme } from '../../store/theme';
import { wireCurves } from './curves';
import type { TrafficRenderer } from './renderer';

function sizeOf(canvas: HTMLCanvasElement) {
  return { width: canvas.clientWidth, height: canvas.clientHeight, dpr: globalThis.devicePixelRatio || 1 };
}

/**
 * The canvas the moving messages are drawn on, over the React Flow viewport. This component only
 * tells the renderer where things are (canvas size, pan and zoom, where each wire runs); the run
 * controller's animation loop draws, never through React state.
 */
export function TrafficLayer({ visible }: { visible: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    // The drawer loads with the engine, at the first Run. A desynchronized 2D context: in software
    // compositing (no GPU) it halves the main thread's cost per frame (measured, see docs).
    let renderer: TrafficRenderer | null = null;
    registerTrafficDrawer(async () => {
      const { TrafficRenderer: Renderer } = await import('./renderer');
      const ctx = canvas.getContext('2d', { desynchronized: true });
      renderer = ctx ? new Renderer(canvas, ctx) : null;
      return renderer;
    });
    // The renderer reads the theme's colours when made and again when the theme changes; a paused
    // run's picture is drawn again in them at once.
    const unsubscribeTheme = useTheme.subscribe((s, before) => {
      if (s.theme === before.theme || !renderer) return;
      renderer.refreshColors();
      draw();
    });
    updateTraffic({ type: 'size', ...sizeOf(canvas) });
    const resize = new ResizeObserver(() => updateTraffic({ type: 'size', ...sizeOf(canvas) }));
    resize.observe(canvas);

    let transform: unknown = null;
    let nodes: unknown = null;
    let edges: unknown = null;
    const sync = () => {
      const state = rf.getState();
      if (state.transform !== transform) {
        transform = state.transform;
        updateTraffic({
          type: 'view',
          x: state.transform[0],
          y: state.transform[1],
          zoom: state.transform[2],
        });
      }
      const diagramEdges = useDiagram.getState().edges;
      if (state.nodes !== nodes || diagramEdges !== edges) {
        nodes = state.nodes;
        edges = diagramEdges;
        const { ids, curves } = wireCurves(diagramEdges, state.nodeLookup);
        updateTraffic({ type: 'curves', ids, curves });
      }
    };
    sync();
    const unsubscribeFlow = rf.subscribe(sync);
    const unsubscribeDiagram = useDiagram.subscribe(sync);
    return () => {
      resize.disconnect();
      unsubscribeFlow();
      unsubscribeDiagram();
      unsubscribeTheme();
      registerTrafficDrawer(null);
    };
  }, [rf]);
  // Hidden between runs: an empty full-size layer still costs the compositor on every pan frame.
  return <canvas ref={canvasRef} className="traffic-layer" data-testid="traffic-layer" hidden={!visible} />;
}
