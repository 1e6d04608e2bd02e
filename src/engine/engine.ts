import { type EdgeKind, NODE_KINDS, type NodeKind, type PropValues } from '../model';
import type { CallerEdge } from './callerEdge';
import { causeOf, EV_BITS, isSuccess, MSG, STATUS } from './codes';
import type { ConsumerGroup } from './consumerGroup';
import { EventQueue } from './core/eventQueue';
import { Random } from './core/random';
import type { NodeStates } from './kinds';
import { Calls, Jobs } from './records';
import { Series } from './series';
import { NodeStats } from './stats';
import { TraceRing } from './trace';

/** Size of an answer without a body (errors, 304, 202), in KB. */
export const EMPTY_KB = 0.1;

/**
 * The simulation's state: virtual clock, event queue, PRNG, record pools, topology on typed
 * arrays (nodes and edges by index after compile) and each node's behaviour state. Behaviours
 * are plain functions over it; nothing here knows about pixels or wall time.
 */
export class Engine {
  now = 0;
  /** Events that did something (stale timer events, skipped lazily, are not counted). */
  events = 0;
  readonly queue = new EventQueue(4096);
  readonly rng: Random;
  readonly calls = new Calls(1024);
  readonly jobs = new Jobs(1024);
  readonly trace: TraceRing;
  readonly stats: NodeStats;
  readonly series: Series;
  private traceCounter = 0;
  private jobCounter = 0;
  private callCounter = 0;

  readonly nodeIds: readonly string[];
  readonly nodeLabels: string[] = [];
  readonly nodeKinds: NodeKind[] = [];
  readonly nodeKind: Uint8Array;
  readonly nodeProps: PropValues[];
  /** Whether a node runs (the `up` property, or set by fault injection). */
  readonly nodeUp: Uint8Array;
  readonly edgeIds: readonly string[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  readonly edgeLatency: Float64Array;
  readonly edgeProtoFixed: Float64Array;
  /** Latency plus the protocol's fixed cost: the part of a hop's time that does not depend on size. */
  readonly edgeBaseMs: Float64Array;
  readonly edgeProtoPerKb: Float64Array;
  readonly edgeCut: Uint8Array;
  readonly edgeMessages: Float64Array;
  readonly edgeKb: Float64Array;
  readonly edgeLost: Float64Array;
  readonly edgeProps: PropValues[];
  readonly edgeKinds: EdgeKind[] = [];
  /** Resilience policy and state of each edge that carries calls; null elsewhere. */
  readonly callers: (CallerEdge | null)[];

  /** Each node's behaviour state, in the table of its kind (null in the others): see kinds.ts. */
  readonly states: NodeStates;

  /** Per edge, what it delivers to a consumer from (FEED code): such deliveries are acknowledged. */
  readonly edgeFeed: Uint8Array;
  /** Per edge, its position among the edges of the broker it belongs to (consumer, binding, producer, ...). */
  readonly edgeSlot: Int32Array;
  /** Per edge from a topic, the consumer group it belongs to. */
  readonly groupOfEdge: (ConsumerGroup | null)[];
  /** Every consumer group, by index (a rebalance timer's slot). */
  readonly groups: ConsumerGroup[] = [];
  /** Per node, the edges that deliver to it from queues and topics. */
  readonly feedsInto: Int32Array[];
  /** Routing keys (or header sets) interned to integers, for exchanges. */
  readonly routingKeys: string[] = [];
  private readonly routingKeyIndex = new Map<string, number>();

  /** Request paths interned to integers; index 0 is the empty path. */
  readonly paths: string[] = [''];
  private readonly pathIndex = new Map<string, number>([['', 0]]);

  /** What a caller's behaviour does when one of its calls ends (set by compile: see dispatch.ts). */
  onCallDone: (e: Engine, job: number, call: number, status: number) => void = () => {};
  /** What a caller's behaviour does when an async call is accepted (202) before its result. */
  onCallAccepted: (e: Engine, job: number, call: number) => void = () => {};
  /** What happens when a consumer finishes a message from a queue or topic (ack, commit, ...): see feeds.ts. */
  onDelivered: (e: Engine, job: number, status: number) => void = () => {};

  constructor(seed: number, nodeIds: string[], edgeIds: string[], traceLog2: number) {
    const n = nodeIds.length;
    const m = edgeIds.length;
    this.rng = new Random(seed);
    this.trace = new TraceRing(traceLog2);
    this.stats = new NodeStats(n);
    this.series = new Series(n);
    this.nodeIds = nodeIds;
    this.nodeKind = new Uint8Array(n);
    this.nodeProps = [];
    this.nodeUp = new Uint8Array(n).fill(1);
    this.edgeIds = edgeIds;
    this.edgeSource = new Int32Array(m);
    this.edgeTarget = new Int32Array(m);
    this.edgeLatency = new Float64Array(m);
    this.edgeProtoFixed = new Float64Array(m);
    this.edgeBaseMs = new Float64Array(m);
    this.edgeProtoPerKb = new Float64Array(m);
    this.edgeCut = new Uint8Array(m);
    this.edgeMessages = new Float64Array(m);
    this.edgeKb = new Float64Array(m);
    this.edgeLost = new Float64Array(m);
    this.edgeProps = [];
    this.callers = new Array(m).fill(null);
    this.states = Object.fromEntries(NODE_KINDS.map((kind) => [kind, new Array(n).fill(null)])) as NodeStates;
    this.edgeFeed = new Uint8Array(m);
    this.edgeSlot = new Int32Array(m).fill(-1);
    this.groupOfEdge = new Array(m).fill(null);
    this.feedsInto = Array.from({ length: n }, () => new Int32Array(0));
  }

  /** Schedules an event of a type for a slot (node, job, call, message) at absolute time t. */
  schedule(t: number, type: number, slot: number): number {
    return this.queue.push(t, (slot << EV_BITS) | type);
  }

  /** A fresh trace id, one per client request or provider change. */
  newTrace(): number {
    return ++this.traceCounter;
  }

  /** The integer for a routing key (or a headers set). */
  internRoutingKey(key: string): number {
    let i = this.routingKeyIndex.get(key);
    if (i === undefined) {
      i = this.routingKeys.length;
      this.routingKeys.push(key);
      this.routingKeyIndex.set(key, i);
    }
    return i;
  }

  /** A fresh call serial. */
  nextCallSerial(): number {
    return ++this.callCounter;
  }

  /** The integer for a request path. */
  internPath(path: string): number {
    let i = this.pathIndex.get(path);
    if (i === undefined) {
      i = this.paths.length;
      this.paths.push(path);
      this.pathIndex.set(path, i);
    }
    return i;
  }

  /**
   * Starts a job at a node. A counted job is a request the node received: it is counted as
   * received and in flight there and must end with finishJob. Internal jobs (a provider's
   * change, a batch being sent) are released directly.
   */
  newJob(node: number, trace: number, counted: boolean): number {
    const j = this.jobs;
    const job = j.alloc();
    j.setNode(job, node);
    j.setSerial(job, ++this.jobCounter);
    j.setCall(job, -1);
    j.setCallSerial(job, 0);
    j.setAttempt(job, 0);
    j.setEdge(job, -1);
    j.setArrive(job, this.now);
    j.setTrace(job, trace);
    j.setPath(job, 0);
    j.setOrigin(job, node);
    j.setFlags(job, 0);
    j.setItems(job, 1);
    j.setKb(job, EMPTY_KB);
    j.setStage(job, 0);
    j.setPending(job, 0);
    j.setNext(job, 0);
    j.setStatus(job, 0);
    j.setTimer(job, -1);
    j.setA1(job, 0);
    j.setA2(job, 0);
    j.setKind(job, -1);
    if (counted) {
      this.stats.received[node]!++;
      this.stats.inFlight[node]!++;
    }
    return job;
  }

  /**
   * A message addressed to a node: a record that travels and, on arrival, becomes the job that
   * handles it (acceptJob). The caller fills in what the request carries.
   */
  newMessage(kind: number, node: number): number {
    const j = this.jobs;
    const job = j.alloc();
    j.setKind(job, kind);
    j.setNode(job, node);
    j.setSerial(job, -1);
    j.setTimer(job, -1);
    return job;
  }

  /** A request message arrived at its node and becomes work there, which will answer it. */
  acceptJob(node: number, job: number): number {
    const j = this.jobs;
    j.setKind(job, -1);
    j.setSerial(job, ++this.jobCounter);
    j.setArrive(job, this.now);
    j.setStage(job, 0);
    j.setPending(job, 0);
    j.setNext(job, 0);
    j.setStatus(job, 0);
    this.stats.received[node]!++;
    this.stats.inFlight[node]!++;
    return job;
  }

  /** Ends a job with a status: counts it, then it travels back as the answer (or is freed). */
  finishJob(job: number, status: number, delay: number): void {
    const j = this.jobs;
    const node = j.node(job);
    const stats = this.stats;
    stats.inFlight[node]!--;
    stats.latency[node]!.record(this.now + delay - j.arrive(job));
    if (isSuccess(status)) stats.completed[node]!++;
    else stats.error(node, causeOf(status));
    if (j.call(job) < 0) {
      this.endUnanswered(job, status);
      return;
    }
    // The job is over (serial cleared for its timers and calls); its record carries the answer.
    j.setSerial(job, -1);
    j.setTimer(job, -1);
    this.sendAnswer(job, status, delay);
  }

  /**
   * A job nobody waits for an answer to is over: a delivery from a queue or topic tells its
   * broker (ack, commit, ...); anything else is freed. Kept out of finishJob, which stays small
   * enough to be inlined on the hot path (the branch inside it cost reference-50 about 3%).
   */
  private endUnanswered(job: number, status: number): void {
    const j = this.jobs;
    const edge = j.edge(job);
    if (edge >= 0 && this.edgeFeed[edge] !== 0) {
      j.setSerial(job, -1);
      j.setTimer(job, -1);
      this.onDelivered(this, job, status);
      return;
    }
    this.releaseJob(job);
  }

  /** Frees a job's slot; its serial is cleared so late calls and timers see it is gone. */
  releaseJob(job: number): void {
    this.jobs.setSerial(job, -1);
    this.jobs.setKind(job, -1);
    this.jobs.release(job);
  }

  /** Frees a message that arrived (an answer, a lost message, a counted event). */
  releaseMessage(m: number): void {
    this.jobs.setKind(m, -1);
    this.jobs.release(m);
  }

  /** Visits every live job at a node (rare operations only: stopping a node). */
  forEachJobAt(node: number, visit: (job: number) => void): void {
    const j = this.jobs;
    for (let job = 0; job < j.high; job++) {
      if (j.serial(job) > 0 && j.node(job) === node) visit(job);
    }
  }

  /** Sends an answer to a job's caller without ending the job (202 for async work), as a copy. */
  answer(job: number, status: number, delay: number): void {
    const j = this.jobs;
    const copy = this.newMessage(0, j.node(job));
    j.setCall(copy, j.call(job));
    j.setCallSerial(copy, j.callSerial(job));
    j.setAttempt(copy, j.attempt(job));
    j.setEdge(copy, j.edge(job));
    j.setTrace(copy, j.trace(job));
    j.setItems(copy, j.items(job));
    j.setKb(copy, j.kb(job));
    j.setA1(copy, j.a1(job));
    j.setA2(copy, j.a2(job));
    this.sendAnswer(copy, status, delay);
  }

  private sendAnswer(job: number, status: number, delay: number): void {
    const j = this.jobs;
    const edge = j.edge(job);
    const ok = isSuccess(status) || status === STATUS.acceptedForLater;
    j.setKind(job, ok ? MSG.response : MSG.error);
    j.setStatus(job, status);
    if (!(ok && status !== STATUS.accepted && status < 300)) j.setKb(job, EMPTY_KB);
    this.transfer(job, edge, delay, this.edgeTarget[edge]!);
  }

  /**
   * Puts a message on an edge, departing after `delay`: it is in flight from then until it
   * arrives (latency plus the protocol's encoding cost), and counted on the edge.
   */
  transfer(m: number, edge: number, delay: number, fromNode: number): void {
    const j = this.jobs;
    const departs = this.now + delay;
    const kb = j.kb(m);
    const arrives = departs + this.edgeBaseMs[edge]! + this.edgeProtoPerKb[edge]! * kb;
    j.setEdge(m, edge);
    j.setDeparts(m, departs);
    j.setArrives(m, arrives);
    this.edgeMessages[edge]!++;
    this.edgeKb[edge]! += kb;
    // The send also feeds the snapshot's recent arrivals (TraceRing.recentArrivals).
    this.trace.recordSend(departs, j.trace(m), fromNode, edge, arrives, j.kind(m), j.items(m));
    this.schedule(arrives, 0, m);
  }

  /** Sends a one-way event (publish) on an edge; nothing answers it. Returns the message. */
  sendEvent(edge: number, trace: number, origin: number, items: number, kb: number, delay: number): number {
    const j = this.jobs;
    const m = this.newMessage(items > 1 ? MSG.batch : MSG.event, this.edgeTarget[edge]!);
    j.setCall(m, -1);
    j.setCallSerial(m, 0);
    j.setAttempt(m, 0);
    j.setTrace(m, trace);
    j.setPath(m, 0);
    j.setOrigin(m, origin);
    j.setFlags(m, 0);
    j.setItems(m, items);
    j.setKb(m, kb);
    j.setA1(m, 0);
    j.setA2(m, 0);
    this.transfer(m, edge, delay, this.edgeSource[edge]!);
    return m;
  }
}
