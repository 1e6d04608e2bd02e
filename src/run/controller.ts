import { create } from 'zustand';
import type { TrafficRenderer } from '../canvas/traffic/renderer';
import type { RunSummary, Snapshot, TraceEvent } from '../engine';
import type { Change, ValidationIssue } from '../model';
import { currentDocument, diagramActions, useDiagram } from '../store/diagram';
import { events } from '../store/events';
import { noFaults } from './faults';
import type { RunHost } from './host';
import { clearLive, publishLive } from './live';
import {
  type ActiveFaults,
  type Fault,
  MIN_VISIBLE_HOP_MS,
  type NodeSeries,
  type RunCommand,
  type RunFrame,
  type RunReply,
  type RunStatus,
} from './protocol';

export interface RunState {
  status: RunStatus;
  /** Virtual ms, refreshed a few times a second. */
  now: number;
  events: number;
  achievedSpeed: number;
  summary: RunSummary | null;
  issues: ValidationIssue[] | null;
  nodeIds: readonly string[];
  where: 'worker' | 'main';
  /** Bumps when the run restarted because the wiring changed. */
  restarts: number;
  faults: ActiveFaults;
  /** The message (trace id) the person pinned to follow, if any. */
  followed: number | null;
  /** Why the engine stopped the run, when it threw (the editor goes on). */
  failure: string | null;
}

const NO_FAULTS: ActiveFaults = noFaults();
let faultsKey = '{"nodes":{},"edges":{}}';

/** Run state for React: status, clock and the latest summary, updated at a few Hz, never per frame. */
export const useRun = create<RunState>()(() => ({
  status: 'idle',
  now: 0,
  events: 0,
  achievedSpeed: 1,
  summary: null,
  issues: null,
  nodeIds: [],
  where: 'worker',
  restarts: 0,
  faults: NO_FAULTS,
  followed: null,
  failure: null,
}));

/** The latest frame and when it arrived. */
export interface LatestFrame {
  frame: RunFrame;
  receivedAt: number;
}
let latest: LatestFrame | null = null;
let latestSnapshot: Snapshot | null = null;

export function latestFrame(): LatestFrame | null {
  return latest;
}

const traceWaiters = new Map<number, (events: TraceEvent[]) => void>();
const recentWaiters: ((traces: { id: number; events: TraceEvent[] }[]) => void)[] = [];
const seriesWaiters = new Map<string, (series: NodeSeries | null) => void>();

let host: RunHost | null = null;
let hostPromise: Promise<RunHost> | null = null;
let awaitingTick = false;
let rafId = 0;
let lastStoreUpdate = 0;
// Badges, clock and panels refresh five times a second: lively to the eye, cheap for 1,000 nodes.
const STORE_EVERY_MS = 200;
let renderer: TrafficRenderer | null = null;
let trafficCanvas: HTMLCanvasElement | null = null;
const trafficState = new Map<TrafficUpdate['type'], TrafficUpdate>();

function preferredHost(): 'worker' | 'main' {
  return new URLSearchParams(globalThis.location?.search ?? '').get('engine') === 'main' ? 'main' : 'worker';
}

function receive(reply: RunReply): void {
  if (reply.type === 'trace') {
    traceWaiters.get(reply.id)?.(reply.events);
    traceWaiters.delete(reply.id);
    return;
  }
  if (reply.type === 'recent') {
    for (const w of recentWaiters.splice(0)) w(reply.traces);
    return;
  }
  if (reply.type === 'series') {
    seriesWaiters.get(reply.nodeId)?.(reply.series);
    seriesWaiters.delete(reply.nodeId);
    return;
  }
  if (reply.type === 'failed') {
    awaitingTick = false;
    latest = null;
    forgetLiveState();
    useRun.setState({ status: 'idle', failure: reply.message });
    return;
  }
  const frame = reply.frame;
  const at = performance.now();
  latest = { frame, receivedAt: at };
  latestSnapshot = reply.snapshot;
  awaitingTick = false;
  const s = useRun.getState();
  const key = JSON.stringify(frame.faults);
  const faultsChanged = key !== faultsKey;
  if (faultsChanged) faultsKey = key;
  const changed =
    faultsChanged ||
    frame.status !== s.status ||
    frame.summary ||
    frame.issues ||
    frame.restarted ||
    at - lastStoreUpdate > STORE_EVERY_MS;
  if (changed) {
    lastStoreUpdate = at;
    // A run that has not started shows no badges (after Reset, or on a diagram just opened).
    publishLive(frame.status === 'idle' && frame.now === 0 ? null : frame.counters, frame.nodeIds);
    useRun.setState({
      status: frame.status,
      now: frame.now,
      events: frame.events,
      achievedSpeed: frame.achievedSpeed,
      nodeIds: frame.nodeIds,
      issues: frame.issues ?? (frame.counters ? null : s.issues),
      ...(frame.summary ? { summary: frame.summary } : {}),
      ...(frame.restarted ? { restarts: s.restarts + 1 } : {}),
      ...(faultsChanged ? { faults: frame.faults } : {}),
    });
  }
  schedule();
}

/** Draws the latest snapshot, carrying the clock forward since it arrived so motion stays smooth. */
function draw(): void {
  if (!renderer || !latest) return;
  const f = latest.frame;
  const running = f.status === 'running';
  const ahead = running
    ? Math.min((performance.now() - latest.receivedAt) * f.achievedSpeed, 100 * f.achievedSpeed)
    : 0;
  // Every hop stays on screen at least this long, however short it is in virtual time.
  const speed = running ? f.achievedSpeed : useDiagram.getState().run.speed;
  renderer.render(latestSnapshot, f.edgeIds, f.now + ahead, MIN_VISIBLE_HOP_MS * speed);
}

/** One animation frame: ask the engine to advance (one request in flight at a time) and draw. */
function schedule(): void {
  if (rafId) return;
  rafId = requestAnimationFrame(() => {
    rafId = 0;
    draw();
    if (useRun.getState().status !== 'running' && latest?.frame.status !== 'running') return;
    if (host && !awaitingTick) {
      awaitingTick = true;
      host.send({ type: 'tick', wall: performance.now() });
    }
    schedule();
  });
}

async function ensureHost(): Promise<RunHost> {
  if (host) return host;
  hostPromise ??= (async () => {
    const { createRunHost } = await import('./host');
    const h = createRunHost(receive, preferredHost());
    useRun.setState({ where: h.where });
    const doc = currentDocument();
    h.send({ type: 'speed', speed: doc.run.speed });
    h.send({ type: 'load', doc, seed: doc.run.seed });
    // Keep the simulation in step with the diagram: property edits apply live, wiring edits restart.
    useDiagram.subscribe((s, prev) => {
      if (s.run.speed !== prev.run.speed) h.send({ type: 'speed', speed: s.run.speed });
    });
    // Keep the simulation in step with the diagram: property edits apply live, wiring edits
    // restart; moving or renaming changes nothing the engine sees. Another diagram opened starts
    // from a fresh, idle run: live state belongs to one diagram.
    events.subscribe((e) => {
      if (e.type === 'edit' && e.changes.some(touchesEngine))
        h.send({ type: 'edit', doc: currentDocument() });
      if (e.type === 'opened') {
        const doc = currentDocument();
        h.send({ type: 'load', doc, seed: doc.run.seed });
        forgetLiveState();
      }
    });
    host = h;
    await createRenderer();
    return h;
  })();
  return hostPromise;
}

/** Whether a change matters to the simulation (positions, labels and the diagram's name do not). */
const touchesEngine = (c: Change) =>
  c.type !== 'nodeMoved' && c.type !== 'nodeRenamed' && c.type !== 'diagramRenamed';

/** Drops what the screen shows of the last run: badges, the followed message, the summary. */
function forgetLiveState(): void {
  clearLive();
  latestSnapshot = null;
  useRun.setState({ followed: null, summary: null, issues: null, faults: NO_FAULTS });
  faultsKey = JSON.stringify(NO_FAULTS);
  renderer?.follow(null);
  draw();
}

async function send(cmd: RunCommand): Promise<void> {
  (await ensureHost()).send(cmd);
}

/**
 * The traffic layer's canvas. A desynchronized 2D context: in software compositing (no GPU) it
 * halves the main thread's cost per frame compared with a normal canvas (measured, see docs).
 */
export function registerTrafficCanvas(canvas: HTMLCanvasElement | null): void {
  trafficCanvas = canvas;
  renderer = null;
  if (canvas && host) void createRenderer();
}

/** The renderer loads with the engine (at the first Run), then catches up on what the page told it. */
async function createRenderer(): Promise<void> {
  const canvas = trafficCanvas;
  if (!canvas) return;
  const { TrafficRenderer } = await import('../canvas/traffic/renderer');
  const ctx = canvas.getContext('2d', { desynchronized: true });
  if (!ctx || canvas !== trafficCanvas) return;
  renderer = new TrafficRenderer(canvas, ctx);
  for (const cmd of trafficState.values()) applyTraffic(renderer, cmd);
  renderer.follow(useRun.getState().followed);
  draw();
}

function applyTraffic(r: TrafficRenderer, cmd: TrafficUpdate): void {
  if (cmd.type === 'size') r.resize(cmd.width, cmd.height, cmd.dpr);
  else if (cmd.type === 'view') r.setView(cmd);
  else r.setCurves(cmd.ids, cmd.curves);
}

/** Page-side facts the renderer needs: canvas size, view transform, wire geometry. */
export function updateTraffic(cmd: TrafficUpdate): void {
  trafficState.set(cmd.type, cmd);
  if (!renderer) return;
  applyTraffic(renderer, cmd);
  if (latest?.frame.status !== 'running') draw();
}

export type TrafficUpdate =
  | { type: 'size'; width: number; height: number; dpr: number }
  | { type: 'view'; x: number; y: number; zoom: number }
  | { type: 'curves'; ids: readonly string[]; curves: Float64Array };

/** The trace id of the message drawn at a canvas point, if any. */
export function messageAt(x: number, y: number): number | null {
  return renderer?.hit(x, y) ?? null;
}

/** The run toolbar's commands. */
export const runActions = {
  play: () => {
    useRun.setState({ failure: null });
    return send({ type: 'play' });
  },
  pause: () => send({ type: 'pause' }),
  step: () => send({ type: 'step' }),
  reset: () => send({ type: 'reset', seed: useDiagram.getState().run.seed }),
  setSpeed(speed: number): void {
    diagramActions.setRunSettings({ speed });
  },
  setSeed(seed: number): void {
    diagramActions.setRunSettings({ seed });
    void send({ type: 'reset', seed });
  },
  fault: (fault: Fault) => send({ type: 'fault', fault }),
  async trace(id: number) {
    const h = await ensureHost();
    return new Promise<TraceEvent[]>((resolve) => {
      traceWaiters.set(id, resolve);
      h.send({ type: 'trace', id });
    });
  },
  async recent(limit: number) {
    const h = await ensureHost();
    return new Promise<{ id: number; events: TraceEvent[] }[]>((resolve) => {
      recentWaiters.push(resolve);
      h.send({ type: 'recent', limit });
    });
  },
  /** One node's time series for the metrics charts. */
  async series(nodeId: string) {
    const h = await ensureHost();
    return new Promise<NodeSeries | null>((resolve) => {
      seriesWaiters.set(nodeId, resolve);
      h.send({ type: 'series', nodeId });
    });
  },
  follow(id: number | null): void {
    useRun.setState({ followed: id });
    renderer?.follow(id);
    draw();
  },
};
