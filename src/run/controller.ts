import type { Snapshot, TraceEvent } from '../engine';
import type { Change, JournalEntry } from '../model';
import { currentDocument, diagramActions, useDiagram } from '../store/diagram';
import { events, type PlaygroundEvent } from '../store/events';
import { Stream } from '../store/stream';
import { ask, connect, currentHost, type RunEvent } from './connection';
import type { RunRecord } from './core';
import { draw, followMessage, showFrame, wantDrawer } from './drawing';
import type { RunHost } from './host';
import { clearLive, publishLive } from './live';
import { scheduleFrame, tickAnswered } from './loop';
import type { Fault, NodeSeries, RunCommand, RunFrame } from './protocol';
import { NO_FAULTS, useRun } from './state';

export { latestFrame, messageAt, registerTrafficDrawer, type TrafficUpdate, updateTraffic } from './drawing';
export { type RunState, useRun } from './state';

/** What the run shows after every command and tick: for tutorials, goals and the recorder. */
export interface RunFeedItem {
  frame: RunFrame;
  snapshot: Snapshot | null;
}

/** Every frame the engine sends, as it arrives (summaries a few times a second, snapshots each frame). */
export const runFeed = new Stream<RunFeedItem>();

let faultsKey = JSON.stringify(NO_FAULTS);
let lastStoreUpdate = 0;
// Badges, clock and panels refresh five times a second: lively to the eye, cheap for 1,000 nodes.
const STORE_EVERY_MS = 200;

/** Whether a change matters to the simulation (positions, labels and the diagram's name do not). */
const touchesEngine = (c: Change) =>
  c.type !== 'nodeMoved' && c.type !== 'nodeRenamed' && c.type !== 'diagramRenamed';

const running = () => useRun.getState().status === 'running';

function receive(reply: RunEvent): void {
  tickAnswered();
  if (reply.type === 'failed') {
    showFrame(null, null);
    forgetLiveState();
    useRun.setState({ status: 'idle', failure: reply.message });
    return;
  }
  const { frame, snapshot } = reply;
  const at = performance.now();
  showFrame(frame, snapshot, at);
  for (const entry of frame.applied ?? []) announceApplied(entry);
  if (frame.restarted) events.publish({ type: 'run.restarted' });
  const s = useRun.getState();
  const key = JSON.stringify(frame.faults);
  const faultsChanged = key !== faultsKey;
  if (faultsChanged) faultsKey = key;
  if (frame.seeked !== undefined) seekAnswered(frame.seeked);
  const changed =
    faultsChanged ||
    frame.seeked !== undefined ||
    frame.marks !== undefined ||
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
      endMs: frame.endMs,
      ...(frame.marks ? { marks: frame.marks } : {}),
      issues: frame.issues ?? (frame.counters ? null : s.issues),
      ...(frame.summary ? { summary: frame.summary } : {}),
      ...(frame.restarted ? { restarts: s.restarts + 1 } : {}),
      ...(faultsChanged ? { faults: frame.faults } : {}),
    });
  }
  runFeed.publish({ frame, snapshot });
  scheduleFrame(currentHost(), running);
}

function announceApplied(entry: JournalEntry): void {
  events.publish({ type: 'run.applied', atMs: entry.at, command: entry.command });
}

/** Drops what the screen shows of the last run: badges, the followed message, the summary. */
function forgetLiveState(): void {
  clearLive();
  showFrame(null, null);
  useRun.setState({ followed: null, summary: null, issues: null, faults: NO_FAULTS });
  faultsKey = JSON.stringify(NO_FAULTS);
  followMessage(null);
  draw();
}

/** Sends the diagram to a new host and keeps the simulation in step with it from then on. */
function setUp(h: RunHost): void {
  useRun.setState({ where: h.where });
  const doc = currentDocument();
  h.send({ type: 'speed', speed: doc.run.speed });
  h.send({ type: 'load', doc, seed: doc.run.seed });
  events.publish({ type: 'run.loaded' });
  useDiagram.subscribe((s, prev) => {
    if (s.run.speed !== prev.run.speed) h.send({ type: 'speed', speed: s.run.speed });
  });
  // Property edits apply live, wiring edits restart; moving or renaming changes nothing the
  // engine sees. Another diagram opened starts from a fresh, idle run: live state belongs to one diagram.
  events.subscribe((e) => {
    if (e.type === 'edit' && e.changes.some(touchesEngine)) h.send({ type: 'edit', doc: currentDocument() });
    if (e.type === 'opened') {
      const opened = currentDocument();
      h.send({ type: 'load', doc: opened, seed: opened.run.seed });
      forgetLiveState();
    }
  });
  wantDrawer(() => useDiagram.getState().run.speed);
}

const ensureHost = () => connect(receive, setUp);

/** Sends a command once the host is up, publishing its event first (after `run.loaded` on first use). */
async function send(cmd: RunCommand, event?: PlaygroundEvent): Promise<void> {
  const h = await ensureHost();
  if (event) events.publish(event);
  h.send(cmd);
}

let seekId = 0;
let seekInFlight: number | null = null;
/** The latest moment asked for while a seek was on its way: only the last one matters. */
let nextSeek: number | 'back' | null = null;

function sendSeek(to: number | 'back'): void {
  seekInFlight = ++seekId;
  const id = seekId;
  void send(to === 'back' ? { type: 'stepBack', id } : { type: 'seek', atMs: to, id }, {
    type: 'run.seek',
    atMs: to === 'back' ? null : to,
  });
}

function seekAnswered(id: number): void {
  if (id !== seekInFlight) return;
  seekInFlight = null;
  if (nextSeek === null) return;
  const to = nextSeek;
  nextSeek = null;
  sendSeek(to);
}

/** Seeks one at a time: dragging the timeline asks for many moments, the engine shows the latest. */
function seek(to: number | 'back'): void {
  if (seekInFlight !== null) nextSeek = to;
  else sendSeek(to);
}

/** The run toolbar's commands; each is published on the event stream as it is sent. */
export const runActions = {
  play: () => {
    useRun.setState({ failure: null });
    return send({ type: 'play' }, { type: 'run.play' });
  },
  pause: () => send({ type: 'pause' }, { type: 'run.pause' }),
  step: () => send({ type: 'step' }, { type: 'run.step' }),
  reset: () => {
    const seed = useDiagram.getState().run.seed;
    return send({ type: 'reset', seed }, { type: 'run.reset', seed });
  },
  setSpeed(speed: number): void {
    diagramActions.setRunSettings({ speed });
    events.publish({ type: 'run.speed', speed });
  },
  setSeed(seed: number): void {
    diagramActions.setRunSettings({ seed });
    void send({ type: 'reset', seed }, { type: 'run.seed', seed });
  },
  /** Shows the run as it was at virtual time `atMs`, paused (the timeline). */
  seek: (atMs: number) => seek(atMs),
  /** Back to the previous moment at which something happened. */
  stepBack: () => seek('back'),
  /** Opens a shared run: paused at its moment, with the rest of its journal to come. */
  openRun: (record: RunRecord, endMs: number) => send({ type: 'openRun', record, endMs }),
  /** A fault (or a replay from the earliest offset); the run reports back when it took effect. */
  fault: (fault: Fault) => send({ type: 'fault', fault }),
  async trace(id: number): Promise<TraceEvent[]> {
    return ask.trace(await ensureHost(), id);
  },
  async recent(limit: number) {
    return ask.recent(await ensureHost(), limit);
  },
  /** The current run as data (diagram, seed, journal, time): replay it, share it, grade it. */
  async record(): Promise<RunRecord | null> {
    return ask.record(await ensureHost());
  },
  /**
   * The run at the moment on screen, for a moment link: its diagram as it started, its seed, the
   * whole journal of its branch (beyond now too) and how far it went. Null before a run.
   */
  async moment(): Promise<{ record: RunRecord; endMs: number } | null> {
    const reply = await ask.branch(await ensureHost());
    if (!reply.record) return null;
    const { record } = reply;
    const journal = { ...record.journal, entries: [...record.journal.entries, ...reply.upcoming] };
    return { record: { ...record, journal }, endMs: reply.endMs };
  },
  /** One node's time series for the metrics charts. */
  async series(nodeId: string): Promise<NodeSeries | null> {
    return ask.series(await ensureHost(), nodeId);
  },
  follow(id: number | null): void {
    useRun.setState({ followed: id });
    followMessage(id);
  },
};
