import { CAUSE_COUNT } from './codes';
import { Histogram } from './core/histogram';

/**
 * Per-node counters on typed arrays. Levels (busy workers, backlog, capacity) are integrated
 * over virtual time whenever they change, so utilization and mean backlog are exact
 * time-weighted averages with O(1) memory.
 */
export class NodeStats {
  readonly received: Float64Array;
  readonly completed: Float64Array;
  readonly errors: Float64Array;
  readonly errorTotal: Float64Array;
  readonly latency: Histogram[];
  readonly inFlight: Int32Array;
  readonly backlog: Int32Array;
  readonly backlogMax: Int32Array;
  readonly busy: Float64Array;
  readonly capacity: Float64Array;
  private readonly backlogArea: Float64Array;
  private readonly busyArea: Float64Array;
  private readonly capacityArea: Float64Array;
  private readonly backlogSince: Float64Array;
  private readonly busySince: Float64Array;
  private readonly capacitySince: Float64Array;

  constructor(n: number) {
    this.received = new Float64Array(n);
    this.completed = new Float64Array(n);
    this.errors = new Float64Array(n * CAUSE_COUNT);
    this.errorTotal = new Float64Array(n);
    this.latency = Array.from({ length: n }, () => new Histogram());
    this.inFlight = new Int32Array(n);
    this.backlog = new Int32Array(n);
    this.backlogMax = new Int32Array(n);
    this.busy = new Float64Array(n);
    this.capacity = new Float64Array(n);
    this.backlogArea = new Float64Array(n);
    this.busyArea = new Float64Array(n);
    this.capacityArea = new Float64Array(n);
    this.backlogSince = new Float64Array(n);
    this.busySince = new Float64Array(n);
    this.capacitySince = new Float64Array(n);
  }

  /** Changes a node's backlog by delta (+1 queued, -1 dequeued); its time integral first. */
  addBacklog(node: number, delta: number, now: number): void {
    const b = this.backlog[node]!;
    this.backlogArea[node]! += b * (now - this.backlogSince[node]!);
    this.backlogSince[node] = now;
    this.backlog[node] = b + delta;
    if (b + delta > this.backlogMax[node]!) this.backlogMax[node] = b + delta;
  }

  /** Changes how many of a node's workers are busy. */
  addBusy(node: number, delta: number, now: number): void {
    const b = this.busy[node]!;
    this.busyArea[node]! += b * (now - this.busySince[node]!);
    this.busySince[node] = now;
    this.busy[node] = b + delta;
  }

  /** Sets a node's worker capacity (instances, pool size). */
  setCapacity(node: number, capacity: number, now: number): void {
    this.capacityArea[node]! += this.capacity[node]! * (now - this.capacitySince[node]!);
    this.capacitySince[node] = now;
    this.capacity[node] = capacity;
  }

  /** Counts one error under a cause. */
  error(node: number, cause: number): void {
    this.errors[node * CAUSE_COUNT + cause]!++;
    this.errorTotal[node]!++;
  }

  /**
   * Busy worker-time over capacity-time since the start; null for nodes without workers.
   * Reading does not integrate, so reading mid-run never changes later figures.
   */
  utilization(node: number, now: number): number | null {
    const cap = this.capacityArea[node]! + this.capacity[node]! * (now - this.capacitySince[node]!);
    const busy = this.busyArea[node]! + this.busy[node]! * (now - this.busySince[node]!);
    return cap > 0 ? busy / cap : null;
  }

  /** Time-weighted mean backlog since the start. */
  meanBacklog(node: number, now: number): number {
    const area = this.backlogArea[node]! + this.backlog[node]! * (now - this.backlogSince[node]!);
    return now > 0 ? area / now : 0;
  }
}
