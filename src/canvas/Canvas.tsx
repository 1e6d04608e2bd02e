import {
  Background,
  BackgroundVariant,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnectEnd,
  ReactFlow,
  useStore,
  useStoreApi,
  type Viewport,
} from '@xyflow/react';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useLang, useT } from '../i18n';
import { indexNodes, judgeConnection, type XY } from '../model';
import { messageAt, runActions, useRun } from '../run/controller';
import { diagramActions, useDiagram } from '../store/diagram';
import { useTheme } from '../store/theme';
import { uiActions, useUi } from '../store/ui';
import { flowAriaLabels } from './ariaLabels';
import { FAR_ZOOM, FarContext } from './ComponentNode';
import { ConnectionHint } from './ConnectionHint';
import type { MenuAt } from './ContextMenu';
import { EmptyHint } from './EmptyHint';
import { fitIsHeld, openingView, takeHeldFit } from './estimatedFit';
import { createNodeMapper, type Measured, toFlowEdges } from './flowElements';
import { edgeTypes, nodeTypes } from './flowTypes';
import { LazyContextMenu, LazyLegend, LazyTracePanel } from './lazy';
import { edgeMenu, menuAtElement, nodeMenu } from './menus';
import { OverviewMapSlot } from './OverviewMapSlot';
import { GRID } from './placement';
import { TrafficLayer } from './traffic/TrafficLayer';
import { useTouchPress } from './useTouchPress';
import { ZoomControls } from './ZoomControls';

const DELETE_KEYS = ['Delete', 'Backspace'];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const PAN_BUTTONS = [1, 2];
const SNAP: [number, number] = [GRID, GRID];
const MIN_ZOOM = 0.05;
/**
 * Presenting, nothing edits the diagram: no selecting, dragging, wiring or deleting, the left
 * button pans, Space is the run's, and a click on a component points at it (a pulsing ring).
 */
const PRESENTING = {
  deleteKeyCode: null,
  selectionOnDrag: false,
  panOnDrag: true,
  panActivationKeyCode: null,
  nodesDraggable: false,
  nodesConnectable: false,
  elementsSelectable: false,
  onNodeClick: (_: React.MouseEvent, n: { id: string }) => uiActions.point(n.id),
};

function applySelection(
  current: ReadonlySet<string>,
  changes: readonly { id: string; selected: boolean }[],
): ReadonlySet<string> {
  const next = new Set(current);
  for (const c of changes) {
    if (c.selected) next.add(c.id);
    else next.delete(c.id);
  }
  return next;
}

/** Pins the moving message at a screen point, if there is one, to follow its trace. */
function followMessageAt(point: XY): void {
  const canvas = document.querySelector<HTMLCanvasElement>('.traffic-layer');
  if (!canvas) return;
  const rect = canvas.getBoundingClientRect();
  const id = messageAt(point.x - rect.left, point.y - rect.top);
  if (id !== null) runActions.follow(id);
}

function nodeIdAt(point: XY): string | null {
  const el = document.elementFromPoint(point.x, point.y)?.closest<HTMLElement>('.react-flow__node');
  return el?.dataset.id ?? null;
}

/** The diagram canvas: React Flow driven by the diagram store; every edit goes through a named action. */
export function Canvas() {
  const t = useT();
  const lang = useLang();
  const nodes = useDiagram((s) => s.nodes);
  const runActive = useRun((s) => s.status !== 'idle' || s.now > 0);
  // Far out, nodes draw simplified and every node is on screen anyway, so culling would only cost.
  const zoomedOut = useStore((s) => s.transform[2] < FAR_ZOOM);
  // An image export wants every node, in full: no culling and no simplified far-out look.
  const exporting = useUi((s) => s.exporting);
  const far = zoomedOut && !exporting;
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  const edges = useDiagram((s) => s.edges);
  const selectedNodes = useUi((s) => s.selectedNodes);
  const selectedEdges = useUi((s) => s.selectedEdges);
  const snapToGrid = useUi((s) => s.snapToGrid);
  // React Flow draws its own parts (controls, dots) in the page's theme.
  const colorMode = useTheme((s) => s.theme);
  const presenting = useUi((s) => s.presenting);
  const [measured, setMeasured] = useState<ReadonlyMap<string, Measured>>(() => new Map());
  const mapNodes = useRef(createNodeMapper()).current;
  const storedViewport = useRef(useDiagram.getState().viewport).current;
  // A diagram opened before this first render (a shared link) is drawn once, already fitted: the
  // first commit lays out the empty canvas only, whose size the estimate needs, and the layout
  // effect below sets the view and draws the diagram before anything is painted.
  const [openedView, setOpenedView] = useState<Viewport | 'measuring' | null>(() =>
    fitIsHeld() ? 'measuring' : null,
  );
  const initialViewport = openedView === null || openedView === 'measuring' ? storedViewport : openedView;
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  // Right-click, or a long press on a touch screen, on a component, a wire or empty canvas.
  const onNodeContextMenu = useCallback((e: React.MouseEvent, n: { id: string }) => {
    e.preventDefault();
    setMenu(nodeMenu(n.id, { x: e.clientX, y: e.clientY }));
  }, []);
  const onEdgeContextMenu = useCallback((e: React.MouseEvent, edge: { id: string }) => {
    e.preventDefault();
    setMenu(edgeMenu(edge.id, { x: e.clientX, y: e.clientY }));
  }, []);
  // Empty canvas has a menu for a long press only: a right-drag there pans (PAN_BUTTONS).
  const canvasTitle = t('canvas.label');
  const sectionRef = useRef<HTMLElement>(null);
  useTouchPress(sectionRef, {
    onLongPress: (target, at) => {
      const opened = menuAtElement(target, at, canvasTitle);
      if (opened) setMenu(opened);
    },
    // With drag-to-select on, React Flow's pane turns only a mouse click into a pane click (a
    // finger there pans): a tap on empty canvas selects nothing and pins a message, as a click does.
    onTap: (target, at) => {
      if (!target.classList.contains('react-flow__pane')) return;
      uiActions.clearSelection();
      followMessageAt(at);
    },
  });

  const flowNodes = useMemo(
    () => mapNodes(nodes, selectedNodes, measured),
    [mapNodes, nodes, selectedNodes, measured],
  );
  const nodesById = useMemo(() => indexNodes(nodes), [nodes]);
  const flowEdges = useMemo(
    () => toFlowEdges(edges, nodesById, selectedEdges),
    [edges, nodesById, selectedEdges],
  );

  const onNodesChange = useCallback((changes: NodeChange[]) => {
    const positions = new Map<string, XY>();
    const selections: { id: string; selected: boolean }[] = [];
    let dims: Map<string, Measured> | null = null;
    for (const c of changes) {
      if (c.type === 'position' && c.position) positions.set(c.id, c.position);
      else if (c.type === 'select') selections.push(c);
      else if (c.type === 'dimensions' && c.dimensions) {
        dims ??= new Map();
        dims.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
      }
    }
    if (positions.size) diagramActions.moveNodes(positions);
    if (selections.length) {
      const s = useUi.getState();
      uiActions.select(applySelection(s.selectedNodes, selections), s.selectedEdges);
    }
    if (dims) {
      const add = dims;
      setMeasured((prev) => new Map([...prev, ...add]));
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selections = changes.filter((c) => c.type === 'select');
    if (selections.length) {
      const s = useUi.getState();
      uiActions.select(s.selectedNodes, applySelection(s.selectedEdges, selections));
    }
  }, []);

  const isValidConnection = useCallback((c: Connection | { source: string; target: string }) => {
    const { nodes: all, edges: existing } = useDiagram.getState();
    const s = all.find((n) => n.id === c.source);
    const tgt = all.find((n) => n.id === c.target);
    return !!s && !!tgt && judgeConnection(s, tgt, existing).ok;
  }, []);

  const tryConnect = useCallback(
    (source: string, target: string) => {
      const result = diagramActions.connect(source, target);
      if (result.verdict.ok) {
        uiActions.dismissKey('connect');
        return;
      }
      uiActions.notify({
        kind: 'warning',
        key: 'connect',
        about: [source, target],
        text: `${t('canvas.refused')}: ${result.verdict.why[lang]}`,
      });
    },
    [t, lang],
  );

  const onConnect = useCallback((c: Connection) => tryConnect(c.source, c.target), [tryConnect]);

  // A wire dropped on a component (not exactly on its handle) still connects; a refused one says why.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
      const overId =
        state.toNode?.id ?? (pointer ? nodeIdAt({ x: pointer.clientX, y: pointer.clientY }) : null);
      if (!overId || overId === state.fromNode.id) return;
      const reversed = state.fromHandle?.type === 'target';
      tryConnect(reversed ? overId : state.fromNode.id, reversed ? state.fromNode.id : overId);
    },
    [tryConnect],
  );

  const onDelete = useCallback(
    ({ nodes: n, edges: e }: { nodes: { id: string }[]; edges: { id: string }[] }) => {
      diagramActions.remove(new Set(n.map((x) => x.id)), new Set(e.map((x) => x.id)));
      uiActions.clearSelection();
    },
    [],
  );

  // A click on a moving message pins it, to follow its trace.
  const onPaneClick = useCallback(
    (e: React.MouseEvent) => followMessageAt({ x: e.clientX, y: e.clientY }),
    [],
  );
  // The overview map only helps when part of the diagram is off screen; it is decided when a move
  // ends (not every frame), and hiding it while everything is visible saves its redraw on every pan.
  // A diagram fitted as it opens is all on screen: no map to draw and take away again.
  const [offScreen, setOffScreen] = useState(() => !fitIsHeld());
  const rf = useStoreApi();
  useLayoutEffect(() => {
    if (openedView !== 'measuring') return;
    const held = takeHeldFit();
    const pane = sectionRef.current?.getBoundingClientRect();
    const view = (held && pane && openingView(held, pane, MIN_ZOOM)) || storedViewport;
    // React Flow's pan and zoom start from `defaultViewport` after this commit; its store has the
    // view now, so the nodes' first render already knows how far out they are.
    rf.setState({ transform: [view.x, view.y, view.zoom] });
    setOpenedView(view);
  }, [openedView, rf, storedViewport]);
  const checkOffScreen = useCallback(() => {
    const { width, height, transform, nodeLookup } = rf.getState();
    const [x, y, zoom] = transform;
    let outside = false;
    for (const n of nodeLookup.values()) {
      const p = n.internals.positionAbsolute;
      const right = (p.x + (n.measured.width ?? 0)) * zoom + x;
      const bottom = (p.y + (n.measured.height ?? 0)) * zoom + y;
      if (p.x * zoom + x < 0 || p.y * zoom + y < 0 || right > width || bottom > height) {
        outside = true;
        break;
      }
    }
    setOffScreen(outside);
  }, [rf]);
  const onMoveEnd = useCallback(
    (_: unknown, viewport: Viewport) => {
      diagramActions.setViewport(viewport);
      checkOffScreen();
    },
    [checkOffScreen],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check when the diagram's nodes change.
  useEffect(() => {
    const timer = setTimeout(checkOffScreen, 50);
    return () => clearTimeout(timer);
  }, [checkOffScreen, nodes, measured]);

  if (openedView === 'measuring')
    return (
      <section ref={sectionRef} className="canvas" data-drop-target="canvas" aria-label={t('canvas.label')} />
    );
  return (
    <section
      ref={sectionRef}
      className={`canvas${far ? ' is-far' : ''}${exporting ? ' is-exporting' : ''}`}
      data-drop-target="canvas"
      aria-label={t('canvas.label')}
    >
      <FarContext.Provider value={far}>
        <ReactFlow
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onDelete={onDelete}
          onNodeDragStart={diagramActions.beginGesture}
          onNodeDragStop={diagramActions.endGesture}
          onSelectionDragStart={diagramActions.beginGesture}
          onSelectionDragStop={diagramActions.endGesture}
          onMoveEnd={onMoveEnd}
          onPaneClick={onPaneClick}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          defaultViewport={initialViewport}
          deleteKeyCode={DELETE_KEYS}
          multiSelectionKeyCode={MULTI_KEYS}
          selectionOnDrag
          panOnDrag={PAN_BUTTONS}
          panOnScroll
          panActivationKeyCode="Space"
          snapToGrid={snapToGrid}
          snapGrid={SNAP}
          minZoom={MIN_ZOOM}
          maxZoom={4}
          ariaLabelConfig={ariaLabels}
          colorMode={colorMode}
          onlyRenderVisibleElements={nodes.length > 300 && !zoomedOut && !exporting}
          {...(presenting ? PRESENTING : null)}
        >
          {far ? null : <Background variant={BackgroundVariant.Dots} gap={GRID} size={1} />}
          <ZoomControls />
          {nodes.length > 0 && offScreen ? <OverviewMapSlot /> : null}
          <TrafficLayer visible={runActive} />
          {runActive ? (
            <Suspense fallback={null}>
              <LazyLegend />
            </Suspense>
          ) : null}
          <ConnectionHint />
        </ReactFlow>
      </FarContext.Provider>
      <EmptyHint />
      <Suspense fallback={null}>
        {runActive ? <LazyTracePanel /> : null}
        {menu ? <LazyContextMenu menu={menu} onClose={closeMenu} /> : null}
      </Suspense>
    </section>
  );
}
