import { type AsyncAPIDocumentInterface, type OperationInterface, Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { type DiagramDocument, decodeDocument, documentFromRows, emptyDocument } from '../../model';
import { hostileDiagram } from '../../model/testing/hostileDiagram';
import { TEMPLATES } from '../../templates';
import { loadTemplate } from '../loadTemplate';
import { asyncApiDocument, docsWords, toAsyncApi } from '.';
import { hasMessaging } from './precheck';

const en = docsWords('en');
const parser = new Parser();

/** Parses the YAML with the AsyncAPI parser; fails the test on any error or warning it reports. */
async function parsed(text: string): Promise<AsyncAPIDocumentInterface> {
  const { document, diagnostics } = await parser.parse(text);
  // Severity 0 is an error, 1 a warning; 2 and 3 are hints (such as "3.1.0 is out").
  const problems = diagnostics
    .filter((d) => d.severity <= 1)
    .map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`);
  expect(problems).toEqual([]);
  expect(document).toBeDefined();
  return document!;
}

async function template(id: string): Promise<DiagramDocument> {
  const result = await loadTemplate(id);
  if (!result.ok) throw new Error(`template ${id} did not open`);
  return result.value;
}

/** An operation's title (the parser's interface types have no accessor for it). */
function title(op: OperationInterface): string | undefined {
  return (op.json() as { title?: string }).title;
}

/** Each operation as "action channel-address: message names". */
function operations(api: AsyncAPIDocumentInterface): string[] {
  return api
    .operations()
    .all()
    .map(
      (op) =>
        `${op.action()} ${op.channels().all()[0]?.address()}: ${op
          .messages()
          .all()
          .map((m) => m.name())
          .join(', ')}`,
    );
}

describe('AsyncAPI export', () => {
  const messaging = TEMPLATES.map((t) => t.id);

  it.each(messaging)('%s: a valid AsyncAPI 3.0 document, or none without a messaging part', async (id) => {
    const doc = await template(id);
    const text = toAsyncApi(doc, en);
    if (!hasMessaging(doc)) {
      expect(text).toBeNull();
      return;
    }
    expect(text).toMatch(/^asyncapi: "3\.0\.0"\n/);
    const api = await parsed(text!);
    expect(api.info().title()).toBe(doc.name);
    expect(api.channels().length).toBe(
      doc.nodes.filter((n) => ['queue', 'exchange', 'topic', 'eventBus'].includes(n.kind)).length,
    );
  });

  it('covers the messaging templates (a template without messaging gets no document)', async () => {
    const withMessaging = [];
    for (const t of TEMPLATES) if (hasMessaging(await template(t.id))) withMessaging.push(t.id);
    expect(withMessaging).toEqual(
      expect.arrayContaining([
        'starter-queue',
        'pattern-queue-consumers',
        'pattern-rabbitmq-routing',
        'pattern-kafka-groups',
        'pattern-event-driven',
        'messaging-50',
      ]),
    );
    expect(toAsyncApi(await template('pattern-gateway'), en)).toBeNull();
    expect(toAsyncApi(emptyDocument('Nothing here'), en)).toBeNull();
  });

  it('routes an exchange’s routing keys to the queues whose bindings match, as channels and operations', async () => {
    const api = await parsed(toAsyncApi(await template('pattern-rabbitmq-routing'), en)!);
    const exchange = api
      .channels()
      .all()
      .find((c) => c.address() === 'events (topic)')!;
    const amqp = exchange.bindings().get('amqp')!.value();
    expect(amqp).toMatchObject({ is: 'routingKey', exchange: { name: 'events (topic)', type: 'topic' } });
    const queue = api
      .channels()
      .all()
      .find((c) => c.address() === 'welcome e-mails')!;
    expect(queue.bindings().get('amqp')!.value()).toMatchObject({
      is: 'queue',
      queue: { name: 'welcome e-mails' },
    });
    expect(queue.description()).toBe('Bound to exchange `events (topic)` with key `*.created`.');
    expect(operations(api)).toEqual([
      'send events (topic): order.created, order.cancelled, payment.failed',
      // order.* matches order.created and order.cancelled; *.created only order.created; # all.
      'receive order handling: order.created, order.cancelled',
      'receive welcome e-mails: order.created',
      'receive audit: order.created, order.cancelled, payment.failed',
    ]);
    const send = api
      .operations()
      .all()
      .find((op) => op.isSend())!;
    expect(send.bindings().get('amqp')!.value()).toMatchObject({
      cc: ['order.created', 'order.cancelled', 'payment.failed'],
    });
    expect(title(send)).toBe('Orders sends to events (topic)');
  });

  it('gives a Kafka topic its partitions and each consumer its group', async () => {
    const api = await parsed(toAsyncApi(await template('pattern-kafka-groups'), en)!);
    const topic = api.channels().all()[0]!;
    expect(topic.bindings().get('kafka')!.value()).toMatchObject({
      topic: 'orders (6 partitions)',
      partitions: 6,
      topicConfiguration: { 'retention.ms': -1 },
    });
    const groups = api
      .operations()
      .all()
      .filter((op) => op.isReceive())
      .map((op) => [title(op), op.bindings().get('kafka')!.value().groupId]);
    expect(groups).toEqual([
      ['Billing receives from orders (6 partitions)', { type: 'string', enum: ['billing'] }],
      ['Analytics receives from orders (6 partitions)', { type: 'string', enum: ['analytics'] }],
    ]);
    // The orders service writes keyed records (50 distinct keys): the message says it has a key.
    const message = api.messages().all()[0]!;
    expect(message.bindings().get('kafka')!.value()).toMatchObject({ key: { type: 'string' } });
  });

  it('follows headers bindings, the alternate exchange, dead letters and event-bus subscriptions', async () => {
    const api = await parsed(toAsyncApi(await template('messaging-50'), en)!);
    const channel = (address: string) =>
      api
        .channels()
        .all()
        .find((c) => c.address() === address)!;
    const names = (address: string) =>
      channel(address)
        .messages()
        .all()
        .map((m) => m.name());
    // documents (headers): pdf rendering binds x-match=all; format=pdf, reports x-match=any; type=report; format=xml.
    expect(names('pdf rendering')).toEqual(['format=pdf; type=invoice']);
    expect(names('reports')).toEqual(['format=csv; type=report', 'format=xml; type=manifest']);
    const pdf = api
      .messages()
      .all()
      .find((m) => m.name() === 'format=pdf; type=invoice')!;
    expect(pdf.headers()!.json()).toMatchObject({
      type: 'object',
      properties: { format: { const: 'pdf' }, type: { const: 'invoice' } },
    });
    // order-events binds order.created, order.paid and order.*: order.eu.returned matches none,
    // so it goes to the alternate exchange and on to its queue.
    expect(names('unrouted')).toEqual(['order.eu.returned']);
    expect(channel('order-events (topic)').json()['x-alternate-exchange']).toBe(
      'unrouted (fanout, alternate)',
    );
    // billing and shipping dead-letter into one queue, which so holds what both of them hold.
    expect(names('dead letters')).toEqual(['order.created', 'order.paid']);
    expect(channel('dead letters').description()).toContain('Dead-letter queue of `billing`');
    // The audit queue gets order events through its binding and domain events from the bus.
    expect(names('audit')).toEqual(expect.arrayContaining(['order.created', 'domain events']));
    expect(channel('audit').json()['x-subscribes-to']).toEqual(['domain events']);
    // Kafka Streams both receives and sends; a sink connector receives.
    expect(operations(api)).toEqual(
      expect.arrayContaining([
        'receive orders (12 partitions): orders (12 partitions)',
        'send order-stats: order-stats',
        'receive order-stats: order-stats',
        'receive domain events: domain events',
      ]),
    );
    const streams = api
      .operations()
      .all()
      .filter((op) => title(op)?.startsWith('orders per minute '))
      .map((op) => op.action());
    expect(streams).toEqual(['receive', 'send']);
  });

  it('writes operations in the chosen language', async () => {
    const doc = await template('starter-queue');
    const api = await parsed(toAsyncApi(doc, docsWords('uk'))!);
    expect(
      api
        .operations()
        .all()
        .map((op) => title(op)),
    ).toEqual(['Orders надсилає в Order events', 'Invoicing отримує з Order events']);
  });

  it('keeps names as typed, and every key a valid reference, whatever the names are', async () => {
    const doc = documentFromRows(
      'A "quoted" name: with # and\nnew line ---',
      [
        ['a', 'service', '$ref', 0, 0],
        ['b', 'queue', '"><svg onload=alert(1)>', 200, 0],
        ['c', 'queue', '"><svg onload=alert(1)>', 200, 100],
        ['d', 'service', 'Замовлення 🚀', 400, 0],
        ['e', 'exchange', '`code` [link](javascript:alert(1))', 0, 200, { exchangeType: 'headers' }],
        ['f', 'queue', 'yes', 200, 200],
        ['g', 'topic', 'bom\uFEFFmid\u2028sep # not: a comment', 400, 200],
      ],
      [
        ['e1', 'a', 'b'],
        ['e2', 'b', 'd'],
        ['e3', 'a', 'c'],
        ['e4', 'a', 'e', { routingKeys: '$ref=x; __proto__=1; format=pdf' }],
        ['e5', 'e', 'f', { bindingKey: 'x-match=any; format=pdf' }],
      ],
      1,
    );
    const api = await parsed(toAsyncApi(doc, en)!);
    expect(api.info().title()).toBe('A "quoted" name: with # and new line ---');
    expect(
      api
        .channels()
        .all()
        .map((c) => [c.id(), c.address()]),
    ).toEqual([
      ['svg-onload-alert-1', '"><svg onload=alert(1)>'],
      ['svg-onload-alert-1-2', '"><svg onload=alert(1)>'],
      ['code-link-javascript-alert-1', '`code` [link](javascript:alert(1))'],
      ['yes', 'yes'],
      ['bom-mid-sep-not-a-comment', 'bom\uFEFFmid sep # not: a comment'],
    ]);
    // In a description (CommonMark) a name is a code span, so it cannot become a link or markup.
    expect(api.channels().all()[3]!.description()).toBe(
      'Bound to exchange `` `code` [link](javascript:alert(1)) `` with key `x-match=any; format=pdf`.',
    );
    expect(operations(api)[0]).toBe('send "><svg onload=alert(1)>: "><svg onload=alert(1)>');
    const headers = api
      .messages()
      .all()
      .find((m) => m.name() === '$ref=x; __proto__=1; format=pdf')!;
    expect(Object.keys((headers.headers()!.json() as { properties: object }).properties)).toEqual(['format']);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('hostile diagram %i: a valid document or none', async (seed) => {
    const decoded = decodeDocument(hostileDiagram(seed, 12));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const data = asyncApiDocument(decoded.value, en);
    if (!data) return expect(hasMessaging(decoded.value)).toBe(false);
    const api = await parsed(toAsyncApi(decoded.value, en)!);
    expect(api.channels().length).toBe(Object.keys(data.channels as object).length);
  });
});
