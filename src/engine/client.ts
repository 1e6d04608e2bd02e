import { type PropValues, parseWeightedList } from '../model';
import { EV, FLAG, isSuccess, STATUS } from './codes';
import { Histogram } from './core/histogram';
import type { Engine } from './engine';
import { clientPollDone, startPolling } from './polling';
import { startCall } from './resilience';
import { type NodeWires, publishMask } from './wires';

/** Client modes as integers. */
export const MODE = { sync: 0, async: 1, polling: 2 } as const;
/** Users per client are encoded with the node in one event slot. */
const USER_BITS = 10;
const USER_MASK = (1 << USER_BITS) - 1;

/** A client's live configuration, state and client-only counters. */
export class ClientState {
  mode: number = MODE.sync;
  rate = 5;
  poisson = true;
  users = 1;
  payloadKb = 1;
  honourRetryAfter = true;
  pathIds = new Int32Array(1);
  pathCumulative = new Float64Array(1);
  pollIntervalMs = 5000;
  pollJitter = 0;
  conditional = true;
  longPoll = false;
  longPollTimeoutMs = 30_000;

  /** Sequence number of the pending arrival or poll tick; other ticks are stale. */
  tickSeq = -1;
  rr = 0;
  pausedUntil = 0;
  requestCounter = 0;
  userNext = new Float64Array(1);
  userSeq = new Float64Array(1);
  /** Cursor (changes seen) and the sum of those changes' times, per poll edge. */
  readonly cursor: Float64Array;
  readonly cursorSum: Float64Array;
  readonly pollOutstanding: Uint8Array;

  throttled = 0;
  accepted = 0;
  callbacks = 0;
  outOfOrder = 0;
  newestCallback = 0;
  readonly ackLatency = new Histogram();
  polls = 0;
  emptyPolls = 0;
  notModified = 0;
  changesSeen = 0;
  stalenessSum = 0;

  constructor(
    readonly node: number,
    /** Outgoing call and publish edges, used in turn. */
    readonly targets: Int32Array,
    readonly publishTargets: Uint8Array,
    /** Outgoing poll edges (to providers). */
    readonly pollEdges: Int32Array,
  ) {
    this.cursor = new Float64Array(pollEdges.length);
    this.cursorSum = new Float64Array(pollEdges.length);
    this.pollOutstanding = new Uint8Array(pollEdges.length);
  }
}

/** A client from its wires: call and publish edges used in turn, poll edges to providers. */
export function buildClient(e: Engine, node: number, w: NodeWires): ClientState {
  const targets = w.out('call', 'publish');
  const st = new ClientState(node, targets, publishMask(e, targets), w.out('poll'));
  configureClient(e, st, e.nodeProps[node]!, true);
  return st;
}

/** Reads a client's properties; a change of mode or users restarts its traffic. */
export function configureClient(e: Engine, st: ClientState, p: PropValues, initial: boolean): void {
  const mode = p.mode === 'async' ? MODE.async : p.mode === 'polling' ? MODE.polling : MODE.sync;
  const users = Number(p.users);
  const restart = initial || mode !== st.mode || users !== st.users;
  st.mode = mode;
  st.rate = Number(p.rate);
  st.poisson = p.arrivals !== 'constant';
  st.users = users;
  st.payloadKb = Number(p.payloadKb);
  st.honourRetryAfter = p.honourRetryAfter !== false;
  const entries = parseWeightedList(String(p.paths));
  if (entries.length === 0) entries.push({ value: '', weight: 1 });
  st.pathIds = new Int32Array(entries.map((x) => e.internPath(x.value)));
  let acc = 0;
  const total = entries.reduce((s, x) => s + x.weight, 0);
  st.pathCumulative = new Float64Array(entries.map((x) => (acc += x.weight / total)));
  st.pollIntervalMs = Number(p.pollIntervalMs);
  st.pollJitter = Number(p.pollJitterPct) / 100;
  st.conditional = p.conditional !== false;
  st.longPoll = p.longPoll === true;
  st.longPollTimeoutMs = Number(p.longPollTimeoutMs);
  if (restart) startClient(e, st);
}

function startClient(e: Engine, st: ClientState): void {
  st.tickSeq = -1;
  st.userNext = new Float64Array(st.users);
  st.userSeq = new Float64Array(st.users).fill(-1);
  if (st.mode === MODE.polling) {
    startPolling(e, st);
    return;
  }
  if (st.targets.length === 0) return;
  if (st.mode === MODE.async) {
    st.tickSeq = e.schedule(e.now + gap(e, st, 1), EV.clientTick, st.node);
    return;
  }
  for (let u = 0; u < st.users; u++) {
    // Stagger the users so constant arrivals start evenly spread.
    const first = st.poisson ? gap(e, st, st.users) : (u + 1) / (st.rate / 1000);
    st.userNext[u] = e.now + first;
    st.userSeq[u] = e.schedule(e.now + first, EV.userStart, (st.node << USER_BITS) | u);
  }
}

/** Time to the next arrival of a stream carrying rate/share requests per second. */
function gap(e: Engine, st: ClientState, share: number): number {
  const mean = (1000 * share) / st.rate;
  return st.poisson ? e.rng.exponential(mean) : mean;
}

function pickPath(e: Engine, st: ClientState): number {
  const ids = st.pathIds;
  if (ids.length === 1) return ids[0]!;
  const u = e.rng.next();
  const cum = st.pathCumulative;
  for (let i = 0; i < cum.length; i++) if (u < cum[i]!) return ids[i]!;
  return ids[ids.length - 1]!;
}

function sendRequest(e: Engine, st: ClientState, user: number): void {
  const node = st.node;
  const job = e.newJob(node, e.newTrace(), true);
  const jobs = e.jobs;
  jobs.setPath(job, pickPath(e, st));
  jobs.setKb(job, st.payloadKb);
  jobs.setUser(job, user);
  jobs.setRequestNumber(job, ++st.requestCounter);
  const i = st.rr++ % st.targets.length;
  const edge = st.targets[i]!;
  if (st.publishTargets[i]) {
    e.sendEvent(edge, jobs.trace(job), node, 1, st.payloadKb, 0);
    e.finishJob(job, STATUS.accepted, 0);
    if (user >= 0) userFree(e, st, user, 0);
    return;
  }
  if (st.mode === MODE.async) jobs.setFlags(job, FLAG.async);
  startCall(e, job, edge, 0, 0);
}

/** An open-loop (async) arrival: send, unless told to wait by a 429's Retry-After. */
export function clientTick(e: Engine, node: number, seq: number): boolean {
  const st = e.states.client[node]!;
  if (seq !== st.tickSeq) return false;
  if (!e.nodeUp[node] || e.now < st.pausedUntil) st.throttled++;
  else sendRequest(e, st, -1);
  st.tickSeq = e.schedule(e.now + gap(e, st, 1), EV.clientTick, node);
  return true;
}

/** A sync user's next request is due. */
export function userStart(e: Engine, slot: number, seq: number): boolean {
  const st = e.states.client[slot >> USER_BITS]!;
  const user = slot & USER_MASK;
  if (user >= st.users || st.userSeq[user] !== seq) return false;
  st.userSeq[user] = -1;
  st.userNext[user] = e.now + gap(e, st, st.users);
  if (e.nodeUp[st.node]) sendRequest(e, st, user);
  else userFree(e, st, user, 0);
  return true;
}

/** A sync user got its answer: it may start again at its next arrival, not before. */
function userFree(e: Engine, st: ClientState, user: number, pause: number): void {
  if (user >= st.users || st.mode !== MODE.sync) return;
  const at = Math.max(e.now + pause, st.userNext[user]!);
  st.userSeq[user] = e.schedule(at, EV.userStart, (st.node << USER_BITS) | user);
}

/** The async result is accepted (202); the callback comes later. */
export function clientCallAccepted(e: Engine, st: ClientState, job: number): void {
  st.accepted++;
  st.ackLatency.record(e.now - e.jobs.arrive(job));
}

/** A request ended: end to end latency and outcome are counted at the client. */
export function clientCallDone(e: Engine, st: ClientState, job: number, call: number, status: number): void {
  const jobs = e.jobs;
  if (jobs.flags(job) & FLAG.poll) {
    clientPollDone(e, st, job, call, status);
    return;
  }
  const user = jobs.user(job);
  const wasAsync = (jobs.flags(job) & FLAG.async) !== 0;
  if (wasAsync && isSuccess(status)) {
    st.callbacks++;
    const n = jobs.requestNumber(job);
    if (n < st.newestCallback) st.outOfOrder++;
    else st.newestCallback = n;
  }
  e.finishJob(job, status, 0);
  const pause = status === STATUS.tooMany && st.honourRetryAfter ? e.calls.retryAfterMs(call) : 0;
  if (user >= 0) userFree(e, st, user, pause);
  else if (pause > 0) st.pausedUntil = Math.max(st.pausedUntil, e.now + pause);
}
