import type { Snapshot } from '../engine';
import { MIN_VISIBLE_HOP_MS, type RunFrame } from './protocol';

/**
 * What draws the moving messages. The canvas layer implements it (canvas/traffic/renderer.ts)
 * and hands a loader for it to the run, so run/ never imports the view.
 */
export interface TrafficDrawer {
  resize(width: number, height: number, dpr: number): void;
  setView(view: { x: number; y: number; zoom: number }): void;
  setCurves(ids: readonly string[], curves: Float64Array): void;
  follow(id: number | null): void;
  render(snapshot: Snapshot | null, edgeIds: readonly string[], now: number, minDuration: number): void;
  /** The trace id of the message drawn at a canvas point, if any. */
  hit(x: number, y: number): number | null;
}

/** Page-side facts the drawer needs: canvas size, view transform, wire geometry. */
export type TrafficUpdate =
  | { type: 'size'; width: number; height: number; dpr: number }
  | { type: 'view'; x: number; y: number; zoom: number }
  | { type: 'curves'; ids: readonly string[]; curves: Float64Array };

/** The latest frame and when it arrived. */
export interface LatestFrame {
  frame: RunFrame;
  receivedAt: number;
}

let latest: LatestFrame | null = null;
let latestSnapshot: Snapshot | null = null;
let drawer: TrafficDrawer | null = null;
let loadDrawer: (() => Promise<TrafficDrawer | null>) | null = null;
let wanted = false;
let followed: number | null = null;
/** Speed to use for hops when the run is not going (the diagram's setting). */
let idleSpeed = (): number => 1;
const trafficState = new Map<TrafficUpdate['type'], TrafficUpdate>();

export function latestFrame(): LatestFrame | null {
  return latest;
}

/** Keeps the frame to draw; `null` forgets the last run's picture. */
export function showFrame(frame: RunFrame | null, snapshot: Snapshot | null, at = performance.now()): void {
  latest = frame ? { frame, receivedAt: at } : null;
  latestSnapshot = snapshot;
}

/** Draws the latest snapshot, carrying the clock forward since it arrived so motion stays smooth. */
export function draw(): void {
  if (!drawer || !latest) return;
  const f = latest.frame;
  const running = f.status === 'running';
  const ahead = running
    ? Math.min((performance.now() - latest.receivedAt) * f.achievedSpeed, 100 * f.achievedSpeed)
    : 0;
  // Every hop stays on screen at least this long, however short it is in virtual time.
  const speed = running ? f.achievedSpeed : idleSpeed();
  drawer.render(latestSnapshot, f.edgeIds, f.now + ahead, MIN_VISIBLE_HOP_MS * speed);
}

function applyTraffic(d: TrafficDrawer, cmd: TrafficUpdate): void {
  if (cmd.type === 'size') d.resize(cmd.width, cmd.height, cmd.dpr);
  else if (cmd.type === 'view') d.setView(cmd);
  else d.setCurves(cmd.ids, cmd.curves);
}

async function createDrawer(): Promise<void> {
  const load = loadDrawer;
  if (!load || !wanted) return;
  const made = await load();
  if (!made || load !== loadDrawer) return;
  drawer = made;
  for (const cmd of trafficState.values()) applyTraffic(made, cmd);
  made.follow(followed);
  draw();
}

/**
 * The traffic layer offers its drawer (or withdraws it with `null`). It is loaded only once a run
 * needs it, so the drawing code arrives with the engine, not with the page.
 */
export function registerTrafficDrawer(load: (() => Promise<TrafficDrawer | null>) | null): void {
  loadDrawer = load;
  drawer = null;
  void createDrawer();
}

/** A run has started: load the drawer if the page offered one. */
export function wantDrawer(speedWhenIdle: () => number): void {
  idleSpeed = speedWhenIdle;
  if (wanted) return;
  wanted = true;
  void createDrawer();
}

/** Page-side facts the drawer needs, kept so a drawer loaded later catches up. */
export function updateTraffic(cmd: TrafficUpdate): void {
  trafficState.set(cmd.type, cmd);
  if (!drawer) return;
  applyTraffic(drawer, cmd);
  if (latest?.frame.status !== 'running') draw();
}

/** Highlights one message (or none) and its trace. */
export function followMessage(id: number | null): void {
  followed = id;
  drawer?.follow(id);
  draw();
}

/** The trace id of the message drawn at a canvas point, if any. */
export function messageAt(x: number, y: number): number | null {
  return drawer?.hit(x, y) ?? null;
}
