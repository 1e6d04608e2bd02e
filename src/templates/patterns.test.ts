import { describe, expect, it } from 'vitest';
import { compile, type RunSummary } from '../engine';
import { decodeDocument, type PlainRecords } from '../model';
import { PATTERN_NAMES } from './patternNames';
import { PATTERN_DOCS } from './patterns';

type Summary = PlainRecords<RunSummary>;

function run(id: string, ms = 60_000): Summary {
  const sim = compile(PATTERN_DOCS[id]!, { seed: 7 });
  if (!sim.ok) throw new Error(`${id} does not compile`);
  sim.value.advanceTo(ms);
  return sim.value.summary() as unknown as Summary;
}

const errors = (s: Summary, id: string) => Object.values(s.nodes[id]!.errors).reduce((a, b) => a + b, 0);

describe('pattern diagrams', () => {
  it('have a diagram for every name, each a valid document', () => {
    expect(Object.keys(PATTERN_DOCS).sort()).toEqual(PATTERN_NAMES.map((p) => p.id).sort());
    for (const doc of Object.values(PATTERN_DOCS)) expect(decodeDocument(structuredClone(doc)).ok).toBe(true);
  });

  it('sync vs async: the synchronous user is held to one request at a time, the async client is not', () => {
    const s = run('pattern-sync-vs-async');
    const syncPerSecond = s.nodes.report1!.completed / 60;
    const asyncPerSecond = s.nodes.report2!.completed / 60;
    expect(syncPerSecond).toBeLessThan(1 / 0.68 + 0.05);
    expect(asyncPerSecond).toBeGreaterThan(3.5);
  });

  it('gateway: about a fifth answered 401 at the gateway, and the limit answers 429', () => {
    const s = run('pattern-gateway');
    const gw = s.nodes.gw!;
    expect(gw.errors['401'] / gw.received).toBeGreaterThan(0.15);
    expect(gw.errors['401'] / gw.received).toBeLessThan(0.25);
    expect(gw.errors['429']).toBeGreaterThan(0);
  });

  it('webhooks vs polling: most polls are wasted; webhooks drop duplicates and forged deliveries', () => {
    const s = run('pattern-webhooks-vs-polling', 300_000);
    expect(s.pollingClients.poller!.wastedPct).toBeGreaterThan(50);
    const hook = Object.values(s.webhooks)[0]!;
    expect(hook.duplicatesDropped).toBeGreaterThan(0);
    expect(hook.rejectedSignatures).toBeGreaterThan(0);
  });

  it('retries: without a budget the flaky service takes far more load than with budget and breaker', () => {
    const s = run('pattern-retries-and-breaker');
    expect(s.nodes.flaky1!.received).toBeGreaterThan(1.5 * s.nodes.flaky2!.received);
  });

  it('batching: the warehouse sees one call per batch of about twenty', () => {
    const s = run('pattern-batching');
    const b = s.batches.batcher!;
    expect(b.meanBatchSize).toBeGreaterThan(15);
    expect(s.nodes.warehouse!.received).toBe(b.batches);
  });

  it('queue: four workers share the jobs and repeated failures end in the dead-letter queue', () => {
    const s = run('pattern-queue-consumers', 120_000);
    const perInstance = s.consumers.workers!.consumed;
    expect(perInstance).toHaveLength(4);
    for (const n of perInstance) expect(n).toBeGreaterThan(0);
    expect(s.queues.jobs!.deadLettered).toBeGreaterThan(0);
  });

  it('RabbitMQ: "#" gets everything, "order.*" and "*.created" only their share', () => {
    const s = run('pattern-rabbitmq-routing');
    const all = s.queues.q3!.published;
    expect(s.queues.q1!.published / all).toBeGreaterThan(0.7);
    expect(s.queues.q1!.published / all).toBeLessThan(0.9);
    expect(s.queues.q2!.published / all).toBeGreaterThan(0.5);
    expect(s.queues.q2!.published / all).toBeLessThan(0.7);
  });

  it('Kafka: both groups read every record', () => {
    const s = run('pattern-kafka-groups');
    const records = s.topics.topic!.records.reduce((a, b) => a + b, 0);
    const billing = s.consumers.billing!.consumed.reduce((a, b) => a + b, 0);
    const analytics = s.consumers.analytics!.consumed.reduce((a, b) => a + b, 0);
    expect(billing).toBeGreaterThan(0.95 * records);
    expect(analytics).toBeGreaterThan(0.95 * records);
    expect(s.consumers.billing!.consumed.filter((n) => n > 0)).toHaveLength(3);
  });

  it('event-driven: every subscriber gets each event, with no errors', () => {
    const s = run('pattern-event-driven');
    const published = s.eventBuses.bus!.published;
    for (const id of ['email', 'stock', 'stats']) {
      expect(s.nodes[id]!.received).toBeGreaterThan(0.95 * published);
      expect(errors(s, id)).toBe(0);
    }
  });
});
