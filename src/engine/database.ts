import type { PropValues } from '../model';
import { EV, FLAG, STATUS } from './codes';
import { SlotQueue } from './core/slots';
import type { Engine } from './engine';
import { TRACE } from './trace';

/**
 * Queries waiting for a connection beyond this are refused (503). Real pools time out waiting
 * callers; a fixed cap keeps memory bounded without another property.
 */
export const DATABASE_WAIT_LIMIT = 1000;

/** A database's latencies, connection pool and waiting queries. */
export class DatabaseState {
  readMs = 5;
  writeMs = 20;
  writeShare = 0.2;
  poolSize = 10;
  busy = 0;
  reads = 0;
  writes = 0;
  readonly waiting = new SlotQueue();
  constructor(readonly node: number) {}
}

export function buildDatabase(e: Engine, node: number): DatabaseState {
  const st = new DatabaseState(node);
  configureDatabase(e, st, e.nodeProps[node]!);
  return st;
}

/** Reads a database's properties; a larger pool serves waiting queries at once. */
export function configureDatabase(e: Engine, st: DatabaseState, p: PropValues): void {
  st.readMs = Number(p.readMs);
  st.writeMs = Number(p.writeMs);
  st.writeShare = Number(p.writePct) / 100;
  st.poolSize = Number(p.poolSize);
  e.stats.setCapacity(st.node, st.poolSize, e.now);
  serveWaiting(e, st);
}

/** A query arrived: it runs on a free connection, or waits for one. */
export function databaseOnRequest(e: Engine, st: DatabaseState, m: number): void {
  const job = e.acceptJob(st.node, m);
  const jobs = e.jobs;
  // A sink connector's batch is a write whatever the mix (no random draw, so other runs are unchanged).
  const write = (jobs.flags(job) & FLAG.write) !== 0 || (st.writeShare > 0 && e.rng.next() < st.writeShare);
  jobs.setIsWrite(job, write ? 1 : 0);
  if (e.nodeUp[st.node] && st.busy < st.poolSize) run(e, st, job);
  else if (st.waiting.length < DATABASE_WAIT_LIMIT) {
    st.waiting.push(job);
    e.stats.addBacklog(st.node, 1, e.now);
    e.trace.record(e.now, jobs.trace(job), TRACE.queued, st.node, -1, st.waiting.length);
  } else e.finishJob(job, STATUS.unavailable, 0);
}

function run(e: Engine, st: DatabaseState, job: number): void {
  st.busy++;
  e.stats.addBusy(st.node, 1, e.now);
  const jobs = e.jobs;
  const write = jobs.isWrite(job) === 1;
  if (write) st.writes++;
  else st.reads++;
  jobs.setRunning(job, 1);
  // A query's time varies like a service's: exponential around the configured mean.
  const t = e.rng.exponential(write ? st.writeMs : st.readMs);
  jobs.setTimer(job, e.schedule(e.now + t, EV.databaseDone, job));
}

/** A query finished: answer and give its connection to the next waiting query. */
export function databaseDone(e: Engine, job: number, seq: number): boolean {
  const jobs = e.jobs;
  if (jobs.timer(job) !== seq) return false;
  jobs.setTimer(job, -1);
  const st = e.states.database[jobs.node(job)]!;
  e.finishJob(job, STATUS.ok, 0);
  st.busy--;
  e.stats.addBusy(st.node, -1, e.now);
  serveWaiting(e, st);
  return true;
}

function serveWaiting(e: Engine, st: DatabaseState): void {
  if (!e.nodeUp[st.node]) return;
  while (st.busy < st.poolSize && st.waiting.length > 0) {
    e.stats.addBacklog(st.node, -1, e.now);
    run(e, st, st.waiting.shift());
  }
}

/** Stops or starts a database: running queries fail (503), waiting ones wait for the restart. */
export function setDatabaseUp(e: Engine, st: DatabaseState, up: boolean): void {
  if (up) {
    serveWaiting(e, st);
    return;
  }
  const jobs = e.jobs;
  const running: number[] = [];
  e.forEachJobAt(st.node, (job) => {
    if (jobs.running(job) === 1) running.push(job);
  });
  for (const job of running) {
    jobs.setTimer(job, -1);
    e.finishJob(job, STATUS.unavailable, 0);
    st.busy--;
    e.stats.addBusy(st.node, -1, e.now);
  }
}
