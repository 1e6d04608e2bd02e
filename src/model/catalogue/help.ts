import { L } from '../localText';
import { EDGE_CATALOGUE } from './edges';
import { CATALOGUE } from './index';

/** Each property's help (the inspector), by `<kind>.<property>`, node kinds and wire kinds alike. */
const HELP: Readonly<Record<string, string>> = {
  'client.mode':
    'Sync waits for each response; async gets 202 at once and the result later by callback; polling asks a provider every interval.',
  'client.rate': 'Requests started per second.',
  'client.arrivals': 'Constant spacing, or random (Poisson) like real independent users.',
  'client.users': 'Each user waits for its response before sending the next request.',
  'client.paths': 'Weighted list of paths, e.g. "/orders:3, /users:1". A gateway routes by path prefix.',
  'client.payloadKb': 'Size of each request body.',
  'client.honourRetryAfter': 'A well-behaved client waits as told after a 429 before trying again.',
  'client.pollIntervalMs': 'Time between polls.',
  'client.pollJitterPct': 'Random spread added to each interval so clients do not poll in lockstep.',
  'client.conditional': 'Send If-None-Match; an unchanged resource answers 304 with no body.',
  'client.longPoll': 'The provider holds each poll open until a change happens or the timeout passes.',
  'client.longPollTimeoutMs': 'How long the provider holds a long poll with no change.',
  'provider.changeRate': 'Changes per second, at random (Poisson) times.',
  'provider.responseTimeMs': 'How long it takes to answer a poll.',
  'provider.webhookTimeoutMs': 'A delivery not acknowledged in this time counts as failed and is retried.',
  'provider.webhookMaxAttempts': 'Attempts per event before giving up, with exponential backoff and jitter.',
  'provider.webhookBackoffMs': 'Delay before the first retry; each next one doubles.',
  'provider.disableAfterMs':
    'An endpoint failing for this long is disabled; later changes are counted as missed.',
  'provider.duplicatePct': 'Share of events delivered twice (at-least-once delivery).',
  'provider.forgedPct': 'Share of extra deliveries with a bad signature, injected by an attacker.',
  'provider.replayedPct': 'Share of old deliveries replayed with a stale timestamp.',
  'provider.up': 'Whether it is running. A stopped component answers nothing.',
  'service.instances': 'Parallel workers; each handles one request at a time.',
  'service.serviceTime':
    'How handling time varies: constant, exponential (memoryless) or lognormal (long tail).',
  'service.serviceTimeMs': 'Mean time one instance spends on a request.',
  'service.p99Ms': '99th percentile of the lognormal distribution; must exceed the mean.',
  'service.backlogLimit': 'Requests waiting beyond this are refused with 503.',
  'service.errorRatePct': 'Share of requests that fail with 500.',
  'service.downstream': 'Call the services it is wired to one after another, or all at once.',
  'service.idempotent': 'Remembers event ids and drops duplicates, so each event is processed once.',
  'service.up': 'Whether it is running. A stopped component answers nothing.',
  'gateway.overheadMs': 'Time the gateway adds to every request.',
  'gateway.auth': 'Check each token; bad tokens get 401 and never reach a service.',
  'gateway.unauthenticatedPct': 'Share of traffic answered 401 at the gateway.',
  'gateway.forbiddenPct': 'Share of authenticated traffic answered 403.',
  'gateway.rateLimit': 'A token bucket per client; over the limit answers 429 with Retry-After.',
  'gateway.rateLimitRps': 'Tokens added per second for each client.',
  'gateway.rateLimitBurst': 'Bucket size: how many requests may pass at once.',
  'gateway.aggregate': 'Fan each request out to every matching route in parallel and merge the answers.',
  'gateway.aggregateDeadlineMs': 'After this, answer with what has arrived (a partial response).',
  'loadBalancer.algorithm': 'How the next target is chosen.',
  'loadBalancer.healthCheckIntervalMs': 'A target that went down is noticed at the next check.',
  'loadBalancer.overheadMs': 'Time added to every request.',
  'database.readMs': 'Mean time of a read query.',
  'database.writeMs': 'Mean time of a write.',
  'database.writePct': 'Share of queries that are writes.',
  'database.poolSize': 'Queries running at once; others wait for a connection.',
  'database.up': 'Whether it is running. A stopped component answers nothing.',
  'batch.batchSize': 'Send when this many items are collected.',
  'batch.windowMs': 'Send what has been collected when this time has passed since the first item.',
  'queue.capacity': 'Messages it can hold.',
  'queue.overflow': 'Refuse new messages, or drop the oldest to make room.',
  'queue.maxDeliveries': 'After this many failed deliveries a message goes to the dead-letter queue.',
  'exchange.exchangeType':
    'Direct: exact key; topic: patterns with * and #; fanout: every queue; headers: header match.',
  'eventBus.durable': 'Keep events for a subscriber that is down and deliver them when it returns.',
  'topic.partitions': 'A key always lands in the same partition; order holds within a partition.',
  'topic.retentionMs': 'Records older than this are deleted; 0 keeps them forever.',
  'topic.retentionRecords': 'Records kept per partition; 0 means no limit.',
  'topic.keylessPartitioner':
    'Sticky fills one partition per batch (the Kafka default); round robin spreads them one by one.',
  'streams.operation': 'What it does to each record.',
  'streams.passPct': 'Share of records that pass the filter.',
  'streams.windowMs': 'Length of each tumbling window; one count per key per window.',
  'streams.processingMs': 'Time spent on each record.',
  'connect.connectorMode': 'Source reads into Kafka; sink writes out of Kafka.',
  'connect.batchSize': 'Records moved per batch.',
  'connect.pollIntervalMs': 'How often it reads its source.',
  'call.route': 'Requests whose path starts with this go down this wire; empty takes every path.',
  'call.protocol':
    'REST over HTTP/JSON, gRPC (binary, faster to encode) or GraphQL (one query, heavier to resolve).',
  'call.latencyMs': 'One-way time on this wire.',
  'call.timeoutMs': 'Give up waiting after this; 0 waits for ever.',
  'call.retries': 'Extra attempts after a failure or timeout.',
  'call.backoffMs': 'Wait before the first retry; each next one doubles.',
  'call.jitter': 'Randomise each backoff so retries do not arrive in waves.',
  'call.retryBudget': 'Cap retries at a share of requests, so a failing service is not flooded.',
  'call.retryBudgetPct': 'Retries allowed, as a share of first attempts.',
  'call.breaker': 'After repeated failures stop calling for a while, then probe.',
  'call.breakerThreshold': 'Consecutive failures that open the breaker.',
  'call.breakerCooldownMs': 'Time open before probe requests are let through (half-open).',
  'poll.latencyMs': 'One-way time on this wire.',
  'publish.route': 'Requests whose path starts with this go down this wire; empty takes every path.',
  'publish.latencyMs': 'One-way time on this wire.',
  'publish.routingKeys':
    'Weighted list, e.g. "order.created:3, order.cancelled:1". For a headers exchange, headers such as "format=pdf; type=report".',
  'publish.keyCount':
    'Records carry one of this many keys (e.g. customer ids); 0 sends records without a key.',
  'consume.latencyMs': 'One-way time on this wire.',
  'consume.prefetch': 'Unacknowledged messages each consumer instance may hold.',
  'consume.consumerGroup': 'Instances in one group share the partitions; every group reads every record.',
  'consume.assignor':
    'Range gives each instance a contiguous block; round robin deals partitions one by one.',
  'bind.bindingKey':
    'Direct: the exact routing key. Topic: a pattern where * is one word and # is zero or more. Headers: "x-match=all; format=pdf".',
  'webhook.latencyMs': 'One-way time on this wire.',
  'webhook.verifySignature': 'Reject deliveries whose signature over body and timestamp is wrong.',
  'webhook.toleranceS': 'Reject deliveries signed longer ago than this (replays).',
  'subscribe.latencyMs': 'One-way time on this wire.',
  'read.latencyMs': 'One-way time on this wire.',
  'write.latencyMs': 'One-way time on this wire.',
};

/**
 * Puts the property help texts, the longest texts of the catalogue, into it. Only the inspector's
 * property fields show them: each module that reads one imports this file (checked by
 * `help.test.ts`), so neither the first page nor the palette carries them.
 */
for (const spec of Object.values(CATALOGUE))
  for (const prop of spec.props) prop.help = L(HELP[`${spec.kind}.${prop.key}`] ?? '');
for (const spec of Object.values(EDGE_CATALOGUE))
  for (const prop of spec.props) prop.help = L(HELP[`${spec.kind}.${prop.key}`] ?? '');
