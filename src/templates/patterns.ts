import { type DiagramDocument, documentFromRows, type NodeKind, type PropValues } from '../model';

type N = [id: string, kind: NodeKind, label: string, x: number, y: number, props?: PropValues];
type E = [source: string, target: string, props?: PropValues];

/** A pattern's diagram: its wires are numbered e1, e2, … in the order given. */
function diagram(name: string, nodes: N[], edges: E[], speed = 1): DiagramDocument {
  return documentFromRows(
    name,
    nodes,
    edges.map(([source, target, props], i) => [`e${i + 1}`, source, target, props]),
    speed,
  );
}

/** Each pattern's diagram, set up to show its point (names in patternNames.ts). */
export const PATTERN_DOCS: Readonly<Record<string, DiagramDocument>> = {
  'pattern-sync-vs-async': diagram(
    'Sync vs async API',
    [
      ['sync', 'client', 'Sync user', 0, 0, { mode: 'sync', rate: 4, users: 1 }],
      ['async', 'client', 'Async client', 0, 220, { mode: 'async', rate: 4 }],
      [
        'report1',
        'service',
        'Report service',
        300,
        0,
        { serviceTimeMs: 600, serviceTime: 'constant', instances: 4 },
      ],
      [
        'report2',
        'service',
        'Report service (async)',
        300,
        220,
        { serviceTimeMs: 600, serviceTime: 'constant', instances: 4 },
      ],
    ],
    [
      ['sync', 'report1', { latencyMs: 40 }],
      ['async', 'report2', { latencyMs: 40 }],
    ],
  ),
  'pattern-gateway': diagram(
    'API gateway',
    [
      ['web', 'client', 'Mobile app', 0, 100, { mode: 'async', rate: 14, paths: '/orders:3, /users:1' }],
      [
        'gw',
        'gateway',
        'API gateway',
        280,
        100,
        { unauthenticatedPct: 20, rateLimit: true, rateLimitRps: 10, rateLimitBurst: 5 },
      ],
      ['orders', 'service', 'Orders', 560, 0, { instances: 2 }],
      ['users', 'service', 'Users', 560, 220],
    ],
    [
      ['web', 'gw', { latencyMs: 30 }],
      ['gw', 'orders', { route: '/orders', protocol: 'grpc' }],
      ['gw', 'users', { route: '/users' }],
    ],
  ),
  'pattern-webhooks-vs-polling': diagram(
    'Webhooks vs polling',
    [
      ['poller', 'client', 'Poller', 0, 0, { mode: 'polling', pollIntervalMs: 5000, pollJitterPct: 10 }],
      ['psp', 'provider', 'Payment provider', 300, 100, { changeRate: 0.1, duplicatePct: 10, forgedPct: 5 }],
      ['hooks', 'service', 'Webhook receiver', 600, 100, { idempotent: true, serviceTimeMs: 20 }],
    ],
    [
      ['poller', 'psp', { latencyMs: 60 }],
      ['psp', 'hooks', { latencyMs: 60 }],
    ],
    5,
  ),
  'pattern-retries-and-breaker': diagram(
    'Retries and circuit breaker',
    [
      ['naive', 'client', 'Naive caller', 0, 0, { mode: 'sync', rate: 10, users: 20 }],
      ['careful', 'client', 'Careful caller', 0, 240, { mode: 'sync', rate: 10, users: 20 }],
      ['flaky1', 'service', 'Flaky service', 320, 0, { errorRatePct: 60, instances: 4 }],
      ['flaky2', 'service', 'Flaky service (protected)', 320, 240, { errorRatePct: 60, instances: 4 }],
    ],
    [
      ['naive', 'flaky1', { retries: 3, backoffMs: 50, timeoutMs: 1000 }],
      [
        'careful',
        'flaky2',
        {
          retries: 3,
          backoffMs: 50,
          timeoutMs: 1000,
          retryBudget: true,
          retryBudgetPct: 10,
          breaker: true,
          breakerThreshold: 5,
        },
      ],
    ],
  ),
  'pattern-batching': diagram(
    'Batch processing',
    [
      ['sensors', 'client', 'Sensors', 0, 100, { mode: 'async', rate: 40, arrivals: 'poisson' }],
      ['batcher', 'batch', 'Batcher', 280, 100, { batchSize: 20, windowMs: 1000 }],
      ['warehouse', 'database', 'Warehouse', 560, 100, { writePct: 100, writeMs: 40 }],
    ],
    [
      ['sensors', 'batcher', { latencyMs: 20 }],
      ['batcher', 'warehouse'],
    ],
  ),
  'pattern-queue-consumers': diagram(
    'Queue and competing consumers',
    [
      ['shop', 'client', 'Checkout', 0, 100, { mode: 'async', rate: 12 }],
      ['orders', 'service', 'Orders', 260, 100, { instances: 2, serviceTimeMs: 30 }],
      ['jobs', 'queue', 'Invoice jobs', 520, 100, { maxDeliveries: 5 }],
      [
        'workers',
        'service',
        'Invoice workers',
        780,
        100,
        { instances: 4, serviceTimeMs: 200, errorRatePct: 30 },
      ],
      ['dlq', 'queue', 'Dead letters', 780, 300],
    ],
    [
      ['shop', 'orders', { latencyMs: 30 }],
      ['orders', 'jobs'],
      ['jobs', 'workers', { prefetch: 2 }],
      ['jobs', 'dlq'],
    ],
  ),
  'pattern-rabbitmq-routing': diagram(
    'RabbitMQ topic routing',
    [
      ['orders', 'service', 'Orders', 0, 160, { serviceTimeMs: 10 }],
      ['api', 'client', 'Checkout', -260, 160, { mode: 'async', rate: 6 }],
      ['x', 'exchange', 'events (topic)', 260, 160, { exchangeType: 'topic' }],
      ['q1', 'queue', 'order handling', 540, 0],
      ['q2', 'queue', 'welcome e-mails', 540, 160],
      ['q3', 'queue', 'audit', 540, 320],
      ['s1', 'service', 'Fulfilment', 800, 0],
      ['s2', 'service', 'Mailer', 800, 160],
      ['s3', 'service', 'Auditor', 800, 320],
    ],
    [
      ['api', 'orders', { latencyMs: 30 }],
      ['orders', 'x', { routingKeys: 'order.created:3, order.cancelled:1, payment.failed:1' }],
      ['x', 'q1', { bindingKey: 'order.*' }],
      ['x', 'q2', { bindingKey: '*.created' }],
      ['x', 'q3', { bindingKey: '#' }],
      ['q1', 's1'],
      ['q2', 's2'],
      ['q3', 's3'],
    ],
  ),
  'pattern-kafka-groups': diagram(
    'Kafka consumer groups',
    [
      ['shop', 'client', 'Shop', 0, 140, { mode: 'async', rate: 20 }],
      ['orders', 'service', 'Orders', 260, 140, { instances: 2, serviceTimeMs: 20 }],
      ['topic', 'topic', 'orders (6 partitions)', 520, 140, { partitions: 6 }],
      ['billing', 'service', 'Billing', 800, 20, { instances: 3, serviceTimeMs: 60 }],
      ['analytics', 'service', 'Analytics', 800, 280, { instances: 1, serviceTimeMs: 40 }],
    ],
    [
      ['shop', 'orders', { latencyMs: 30 }],
      ['orders', 'topic', { keyCount: 50 }],
      ['topic', 'billing', { consumerGroup: 'billing' }],
      ['topic', 'analytics', { consumerGroup: 'analytics' }],
    ],
  ),
  'pattern-event-driven': diagram(
    'Event-driven architecture',
    [
      ['shop', 'client', 'Shop', 0, 140, { mode: 'async', rate: 8 }],
      ['orders', 'service', 'Orders', 260, 140, { serviceTimeMs: 30, instances: 2 }],
      ['bus', 'eventBus', 'Event bus', 520, 140],
      ['email', 'service', 'E-mail', 800, 0],
      ['stock', 'service', 'Inventory', 800, 140],
      ['stats', 'service', 'Analytics', 800, 280],
    ],
    [
      ['shop', 'orders', { latencyMs: 30 }],
      ['orders', 'bus'],
      ['bus', 'email'],
      ['bus', 'stock'],
      ['bus', 'stats'],
    ],
  ),
};
