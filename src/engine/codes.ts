import type { NodeKind } from '../model';

/** What a message is; the snapshot's kind column. Responses and errors travel target -> source. */
export const MSG = { request: 0, response: 1, event: 2, batch: 3, error: 4 } as const;
export type MessageKindCode = (typeof MSG)[keyof typeof MSG];
/** Names by code, for the view's legend and the docs. */
export const MESSAGE_KIND_NAMES = ['request', 'response', 'event', 'batch', 'error'] as const;

/** Integer kind codes used in the hot loop; the string kinds stay at the edges of the engine. */
export const KIND_CODE = {
  client: 0,
  provider: 1,
  service: 2,
  gateway: 3,
  loadBalancer: 4,
  database: 5,
  batch: 6,
  queue: 7,
  exchange: 8,
  eventBus: 9,
  topic: 10,
  streams: 11,
  connect: 12,
} as const satisfies { readonly [K in NodeKind]: number };
/** Short alias for the hot paths. */
export const K = KIND_CODE;
/** A node's kind as the hot paths switch on it (Engine.nodeKind holds these). */
export type KindCode = (typeof KIND_CODE)[NodeKind];

/** Event types in the queue; the payload is (slot << EV_BITS) | type. */
export const EV = {
  arrive: 0,
  clientTick: 1,
  userStart: 2,
  serviceDone: 3,
  databaseDone: 4,
  callTimeout: 5,
  callRetry: 6,
  batchWindow: 7,
  aggregateDeadline: 8,
  providerChange: 9,
  longPollTimeout: 10,
  healthCheck: 11,
  sample: 12,
  pollTick: 13,
  rebalance: 14,
  retention: 15,
  streamsDone: 16,
  streamsWindow: 17,
  connectTick: 18,
  feedLost: 19,
} as const;
export type EventCode = (typeof EV)[keyof typeof EV];
/** Low bits of an event payload that hold its type. */
export const EV_BITS = 5;
export const EV_MASK = (1 << EV_BITS) - 1;

/**
 * Status codes carried by responses. 0 is "no answer" (lost or timed out on the caller's side).
 * The HTTP meanings are the usual ones; 502 marks a failure that came from further downstream.
 */
export const STATUS = {
  none: 0,
  /** Refused by the caller's own open circuit breaker; never reached the wire. */
  circuitOpen: 1,
  ok: 200,
  accepted: 202,
  partial: 206,
  notModified: 304,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  tooMany: 429,
  failed: 500,
  badGateway: 502,
  unavailable: 503,
  timeout: 504,
  /**
   * 202 Accepted for async work whose result follows later on the same call (the callback), as
   * opposed to a final 202 (a request turned into a published message). Shown as 202.
   */
  acceptedForLater: 2202,
} as const;

/** Whether a status ends a call successfully. */
export const isSuccess = (status: number): boolean => status >= 200 && status < 400;
/** Whether a caller's retry policy may try again after this status (server-side and network failures). */
export const isRetryable = (status: number): boolean => status === 0 || status >= 500;

/** Error causes counted per node, in summary order. */
export const CAUSES = ['timeout', '401', '403', '404', '429', '503', 'failed', 'circuitOpen'] as const;
export type Cause = (typeof CAUSES)[number];
/** Cause indices, in CAUSES order. */
export const CAUSE = {
  timeout: 0,
  unauthorized: 1,
  forbidden: 2,
  notFound: 3,
  tooMany: 4,
  unavailable: 5,
  failed: 6,
  circuitOpen: 7,
} as const;
/** Number of error causes. */
export const CAUSE_COUNT = CAUSES.length;

/** The cause an error status is counted under. */
export function causeOf(status: number): number {
  switch (status) {
    case STATUS.none:
    case STATUS.timeout:
      return CAUSE.timeout;
    case STATUS.unauthorized:
      return CAUSE.unauthorized;
    case STATUS.forbidden:
      return CAUSE.forbidden;
    case STATUS.notFound:
      return CAUSE.notFound;
    case STATUS.tooMany:
      return CAUSE.tooMany;
    case STATUS.unavailable:
      return CAUSE.unavailable;
    case STATUS.circuitOpen:
      return CAUSE.circuitOpen;
    default:
      return CAUSE.failed;
  }
}

/** Call flags: how a call's request is to be treated along its way. */
export const FLAG = {
  async: 1,
  forged: 2,
  replayed: 4,
  conditional: 8,
  longPoll: 16,
  shortCircuit: 32,
  webhook: 64,
  injected: 128,
  batch: 256,
  poll: 512,
  /** Job flag: the caller already has its 202, so a later 202 from another branch is not forwarded. */
  acked: 1024,
  /** A sink connector's batch: the database writes it whatever its read/write mix. */
  write: 2048,
} as const;

/** Most instances a service can have (the catalogue's maximum). */
export const MAX_INSTANCES = 64;

/** What an edge feeds a consumer from (Engine.edgeFeed): its acknowledgements follow the source's rules. */
export const FEED = { none: 0, queue: 1, topic: 2 } as const;

/** Breaker states in the snapshot. */
export const BREAKER = { none: 0, closed: 1, open: 2, halfOpen: 3 } as const;
export const BREAKER_NAMES = ['none', 'closed', 'open', 'halfOpen'] as const;
