import type { ClientState } from './client';
import { EV, FLAG, isSuccess, STATUS } from './codes';
import { EMPTY_KB, type Engine } from './engine';
import { startCall } from './resilience';

/** Starts a polling client at a random phase of its interval, so clients do not poll in lockstep. */
export function startPolling(e: Engine, st: ClientState): void {
  if (st.pollEdges.length === 0) return;
  const phase = st.longPoll ? 0 : e.rng.next() * st.pollIntervalMs;
  st.tickSeq = e.schedule(e.now + phase, EV.pollTick, st.node);
}

function nextInterval(e: Engine, st: ClientState): number {
  const j = st.pollJitter;
  return st.pollIntervalMs * (j > 0 ? 1 + j * (2 * e.rng.next() - 1) : 1);
}

function poll(e: Engine, st: ClientState, i: number): void {
  const job = e.newJob(st.node, e.newTrace(), true);
  const jobs = e.jobs;
  jobs.setFlags(job, FLAG.poll | (st.conditional ? FLAG.conditional : 0) | (st.longPoll ? FLAG.longPoll : 0));
  jobs.setPollCursor(job, st.cursor[i]!);
  jobs.setPollCursorSum(job, st.cursorSum[i]!);
  jobs.setPollEdge(job, i);
  jobs.setKb(job, EMPTY_KB);
  st.pollOutstanding[i] = 1;
  startCall(e, job, st.pollEdges[i]!, i, 0);
}

/** Poll every provider that has no poll outstanding; plain polling then waits an interval. */
export function pollTick(e: Engine, node: number, seq: number): boolean {
  const st = e.states.client[node]!;
  if (seq !== st.tickSeq) return false;
  st.tickSeq = -1;
  if (e.nodeUp[node]) {
    for (let i = 0; i < st.pollEdges.length; i++) if (!st.pollOutstanding[i]) poll(e, st, i);
  }
  if (!st.longPoll || !e.nodeUp[node])
    st.tickSeq = e.schedule(e.now + nextInterval(e, st), EV.pollTick, node);
  return true;
}

/**
 * A poll came back with the provider's cursor (changes so far) and the sum of their times, so
 * the staleness of every change it reveals is exact: discovery time minus change time.
 */
export function clientPollDone(e: Engine, st: ClientState, job: number, call: number, status: number): void {
  const i = e.jobs.pollEdge(job);
  st.pollOutstanding[i] = 0;
  if (isSuccess(status)) {
    st.polls++;
    const total = e.calls.pollCursor(call);
    const sum = e.calls.pollCursorSum(call);
    const n = total - st.cursor[i]!;
    if (status === STATUS.notModified) st.notModified++;
    if (n <= 0) st.emptyPolls++;
    else {
      st.changesSeen += n;
      st.stalenessSum += n * e.now - (sum - st.cursorSum[i]!);
      st.cursor[i] = total;
      st.cursorSum[i] = sum;
    }
  }
  e.finishJob(job, status, 0);
  if (!st.longPoll || st.mode !== 2) return;
  if (isSuccess(status) && e.nodeUp[st.node]) poll(e, st, i);
  else if (st.tickSeq < 0) st.tickSeq = e.schedule(e.now + nextInterval(e, st), EV.pollTick, st.node);
}
