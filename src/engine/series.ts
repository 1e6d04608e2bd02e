import { EV } from './codes';
import type { Engine } from './engine';

/** Virtual time between two samples of the time series. */
export const SAMPLE_MS = 1000;
/** Samples kept per node (a ring buffer: the last five minutes at one sample per second). */
export const SERIES_LENGTH = 300;

/**
 * Per-node time series for charts, in ring buffers of fixed length: per sample interval the
 * requests completed and errors, and at the sample instant the backlog and requests in flight.
 */
export class Series {
  readonly time = new Float64Array(SERIES_LENGTH);
  readonly completed: Float64Array;
  readonly errors: Float64Array;
  readonly backlog: Float64Array;
  readonly inFlight: Float64Array;
  private readonly lastCompleted: Float64Array;
  private readonly lastErrors: Float64Array;
  head = 0;
  length = 0;
  seq = -1;
  constructor(readonly nodeCount: number) {
    this.completed = new Float64Array(nodeCount * SERIES_LENGTH);
    this.errors = new Float64Array(nodeCount * SERIES_LENGTH);
    this.backlog = new Float64Array(nodeCount * SERIES_LENGTH);
    this.inFlight = new Float64Array(nodeCount * SERIES_LENGTH);
    this.lastCompleted = new Float64Array(nodeCount);
    this.lastErrors = new Float64Array(nodeCount);
  }

  /** Writes one sample of every node. */
  write(e: Engine): void {
    const i = this.head;
    const s = e.stats;
    this.time[i] = e.now;
    for (let n = 0; n < this.nodeCount; n++) {
      const k = n * SERIES_LENGTH + i;
      this.completed[k] = s.completed[n]! - this.lastCompleted[n]!;
      this.errors[k] = s.errorTotal[n]! - this.lastErrors[n]!;
      this.backlog[k] = s.backlog[n]!;
      this.inFlight[k] = s.inFlight[n]!;
      this.lastCompleted[n] = s.completed[n]!;
      this.lastErrors[n] = s.errorTotal[n]!;
    }
    this.head = (i + 1) % SERIES_LENGTH;
    if (this.length < SERIES_LENGTH) this.length++;
  }

  /** One node's retained samples, oldest first. */
  of(node: number): {
    time: number[];
    completed: number[];
    errors: number[];
    backlog: number[];
    inFlight: number[];
  } {
    const out = {
      time: [] as number[],
      completed: [] as number[],
      errors: [] as number[],
      backlog: [] as number[],
      inFlight: [] as number[],
    };
    for (let k = 0; k < this.length; k++) {
      const i = (this.head - this.length + k + SERIES_LENGTH) % SERIES_LENGTH;
      const j = node * SERIES_LENGTH + i;
      out.time.push(this.time[i]!);
      out.completed.push(this.completed[j]!);
      out.errors.push(this.errors[j]!);
      out.backlog.push(this.backlog[j]!);
      out.inFlight.push(this.inFlight[j]!);
    }
    return out;
  }
}

/** The sampling timer. */
export function sample(e: Engine, seq: number): boolean {
  const s = e.series;
  if (seq !== s.seq) return false;
  s.write(e);
  s.seq = e.schedule(e.now + SAMPLE_MS, EV.sample, 0);
  return true;
}
