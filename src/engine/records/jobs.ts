import { recordPool } from './layout';

/** A job record's fields, in layout order. */
const JOB_FIELDS = [
  /** MSG code while the record travels on its edge as a message; -1 once it is work at a node. */
  'kind',
  /** Whom to answer: the edge, the call and its serial, the attempt. */
  'edge',
  'call',
  'callSerial',
  'attempt',
  /** The status an answer carries (or the aggregate status of a job's branches). */
  'status',
  /** In transit: when the message left and when it arrives. */
  'departs',
  'arrives',
  'node',
  /** -1 while the record is a message, so nothing mistakes it for live work. */
  'serial',
  /** Sequence number of the job's pending timer; -1 when none. */
  'timer',
  /** When the job arrived at its node. */
  'arrive',
  'trace',
  'kb',
  'items',
  'flags',
  /** Interned request path (0: none). */
  'path',
  /** The node the request came from (a gateway's rate limit is per client). */
  'origin',
  /** Behaviour-specific slots, named below by what each behaviour keeps in them. */
  'stage',
  /** Answers still pending (parallel calls, aggregation, webhook deliveries). */
  'pending',
  'next',
  'a1',
  'a2',
  /** The instance (worker) of a consumer service that runs this job; see lanes.ts. */
  'lane',
] as const;

/**
 * What each behaviour keeps in a job's shared slots, by name. a1 and a2 travel with the record
 * (request, answer and the calls between), so a caller and its callee agree on their meaning.
 */
const JOB_ALIASES = {
  // stage
  /** A sync client's user (-1 for async arrivals). */
  user: 'stage',
  /** A polling client's poll: the index of its poll edge. */
  pollEdge: 'stage',
  /** Service, database, Streams: 1 while the job holds a worker. */
  running: 'stage',
  /** Gateway: 1 while the job waits for the branches of an aggregation. */
  aggregating: 'stage',
  /** A queue's acknowledgement: the size of the message it settles (the ack itself is small). */
  ackKb: 'stage',
  // next
  /** Service calling downstream in sequence: the next call edge. */
  nextCall: 'next',
  /** Database: 1 for a write, 0 for a read. */
  isWrite: 'next',
  /** Batch processor, sink connector: the next item of the batch (-1 at the end). */
  nextItem: 'next',
  // attempt
  /** A delivery from a queue or topic: the consumer instance it is for. */
  deliveryInstance: 'attempt',
  /** A message at an exchange: alternate exchanges it has been through (a loop of them ends). */
  alternateHops: 'attempt',
  // path
  /** Exchange: the routing key's id + 1 (0: not picked yet). */
  routingKey: 'path',
  /** Topic: the record's key + 1 (0: no key), kept by a Streams processor's output. */
  recordKey: 'path',
  // timer
  /** A provider's held long poll: its deadline, a time (they share one timer, see provider.ts). */
  heldUntil: 'timer',
  // a1, a2
  /** A client's request number, so callbacks that overtake each other are counted. */
  requestNumber: 'a2',
  /** A 429's Retry-After, from a gateway's rate limit. */
  retryAfterMs: 'a1',
  /** A poll: the client's cursor on the way out, the provider's on the way back; see polling.ts. */
  pollCursor: 'a1',
  pollCursorSum: 'a2',
  /** A webhook delivery: the event id (duplicates share it) and when it was signed. */
  eventId: 'a1',
  signedAt: 'a2',
  /** A queue's delivery: when the message was published, and its packed meta (see queue.ts). */
  publishedAt: 'a1',
  deliveryMeta: 'a2',
  /** A topic's delivery: the record's offset, its partition and the group generation (groupDelivery.ts). */
  recordOffset: 'a1',
  partitionGen: 'a2',
} as const;

/**
 * Work at a node: a request being handled, a client's request, a provider's change being
 * delivered, a batch being sent. `call`/`callSerial`/`attempt`/`edge` say whom to answer.
 *
 * The same record is the message on the wire: a request travels as the job it will become at
 * its target (`kind` >= 0 while in transit), and a finished job travels back as its own answer.
 * So a hop copies nothing from a message into a job or back, and the records touched per hop
 * are one call and one job.
 */
export class Jobs extends recordPool(JOB_FIELDS, JOB_ALIASES) {
  /** Adds to the count of answers pending and returns the new count. */
  addPending(i: number, d: number): number {
    const v = this.pending(i) + d;
    this.setPending(i, v);
    return v;
  }
}
