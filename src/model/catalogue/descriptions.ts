import { L } from '../localText';
import type { NodeKind } from '../types';
import { CATALOGUE } from './index';

/** Each kind's description (the palette, the inspector), in English; the Ukrainian is in uk.ts, keyed by it. */
const DESCRIPTIONS: Record<NodeKind, string> = {
  client: 'A traffic source: a web or mobile app calling APIs synchronously, asynchronously or by polling.',
  provider: 'An external system (payments, CRM) whose data changes; it delivers webhooks and can be polled.',
  service:
    'A microservice with parallel instances; it handles requests, calls downstream and publishes events.',
  gateway:
    'One entry point: authenticates, rate-limits, routes by path, aggregates and translates protocols.',
  loadBalancer: 'Spreads requests over the targets it is wired to and skips unhealthy ones.',
  database: 'Stores data; reads and writes take time and share a limited connection pool.',
  batch: 'Collects items and sends them on as one batch when it is full or its window ends.',
  queue: 'Buffers messages in order; consumers compete for them and acknowledge each one.',
  exchange: 'Routes each published message to the queues whose bindings match its routing key or headers.',
  eventBus: 'Publish/subscribe: every subscriber gets its own copy of each event.',
  topic: 'A partitioned, ordered log; consumer groups read it at their own offsets and can replay it.',
  streams: 'Reads a topic, filters, maps or counts in windows, and writes the result to another topic.',
  connect:
    'A connector: a source copies a database or provider into a topic; a sink writes a topic into a database.',
};

/**
 * Puts each kind's description into the catalogue. Only the palette and the inspector show them,
 * which load after the first paint: each module that reads one imports this file (checked by
 * `help.test.ts`), so the first page does not carry them.
 */
for (const spec of Object.values(CATALOGUE)) spec.description = L(DESCRIPTIONS[spec.kind]);
