/** The simulation engine: compile a diagram, advance virtual time, read snapshots and summaries. */
export { BREAKER, BREAKER_NAMES, CAUSES, MESSAGE_KIND_NAMES, MSG } from './codes';
export type { CompileOptions } from './compile';
export type { LatencyStats } from './core/histogram';
export { compile, Simulation } from './simulation';
export { type Snapshot, snapshotTransferables } from './snapshot';
export type * from './summary';
export { TRACE_NAMES, type TraceCode, type TraceEvent } from './trace';
