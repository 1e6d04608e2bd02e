import type { DiagramDocument, PropValues } from '../../model';
import { consumedMismatch, unroutable } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const ORDER_KEYS = 'order.created:3, order.cancelled:1, order.line.added:2';
const PAYMENT_KEYS = 'payment.captured:3, payment.refunded:1';

function shop(name: string, exchange: PropValues, bindings: [string, string, string]): DiagramDocument {
  return diagram(
    name,
    [
      ['shop', 'client', 'Shop', 0, 40, { mode: 'async', rate: 6 }],
      ['payments', 'client', 'Payments', 0, 280, { mode: 'async', rate: 3 }],
      ['events', 'exchange', 'shop.events', 280, 160, exchange],
      ['q-fulfil', 'queue', 'fulfilment', 560, 0],
      ['q-billing', 'queue', 'billing', 560, 160],
      ['q-audit', 'queue', 'audit', 560, 320],
      ['fulfilment', 'service', 'Fulfilment', 840, 0, { serviceTimeMs: 20 }],
      ['billing', 'service', 'Billing', 840, 160, { serviceTimeMs: 20 }],
      ['audit', 'service', 'Audit', 840, 320, { serviceTimeMs: 10 }],
    ],
    [
      ['e1', 'shop', 'events', { routingKeys: ORDER_KEYS }],
      ['e2', 'payments', 'events', { routingKeys: PAYMENT_KEYS }],
      ['e3', 'events', 'q-fulfil', { bindingKey: bindings[0] }],
      ['e4', 'events', 'q-billing', { bindingKey: bindings[1] }],
      ['e5', 'events', 'q-audit', { bindingKey: bindings[2] }],
      ['e6', 'q-fulfil', 'fulfilment'],
      ['e7', 'q-billing', 'billing'],
      ['e8', 'q-audit', 'audit'],
    ],
  );
}

const start = shop('Challenge: every event to its queue', { exchangeType: 'topic' }, [
  'order.*',
  'payment.*, *.cancelled',
  '*.*',
]);
const reference = shop('Challenge: every event to its queue (a solution)', { exchangeType: 'topic' }, [
  'order.#',
  'payment.*',
  '#',
]);

/** Practises tutorial 8: topic bindings that give each consumer exactly its events. */
export const rabbitTopicRouting: Challenge = {
  id: 'rabbit-topic-routing',
  title: L('Every event to its queue', 'Кожну подію — у свою чергу'),
  tutorial: 'rabbitmq',
  brief: L(
    'Two publishers share the exchange *shop.events*. *Shop* publishes `order.created`, `order.cancelled` and `order.line.added`; *Payments* publishes `payment.captured` and `payment.refunded`. Three teams consume:\n\n- *Fulfilment* needs every order event, and nothing else;\n- *Billing* needs every payment event, and nothing else;\n- *Audit* needs everything.\n\nThe bindings in place lose some events and send others to the wrong team. Both publishers stop at 55 s, so by the end of the run every event should have reached its consumers.\n\nWhat must hold on every run of the check: each consumer handled exactly the events meant for it (counted against what the publishers sent), and no message was unroutable.\n\nYou may change the exchange, its bindings, the queues and their wires. Keep the publishers, their routing keys and the three consumers.',
    'Два відправники спільно користуються обмінником *shop.events*. *Shop* публікує `order.created`, `order.cancelled` і `order.line.added`; *Payments* публікує `payment.captured` і `payment.refunded`. Споживають три команди:\n\n- *Fulfilment* потрібні всі події замовлень, і нічого іншого;\n- *Billing* потрібні всі події платежів, і нічого іншого;\n- *Audit* потрібно все.\n\nНинішні привʼязки частину подій гублять, а частину надсилають не тій команді. Обидва відправники зупиняються на 55-й секунді, тож до кінця прогону кожна подія має дійти до своїх споживачів.\n\nЩо має виконуватися в кожному прогоні перевірки: кожен споживач обробив рівно ті події, що призначені йому (рахуємо від того, що надіслали відправники), і жодне повідомлення не було немаршрутизованим.\n\nМожна змінювати обмінник, його привʼязки, черги та їхні зʼєднання. Залиште відправників, їхні ключі маршрутизації та трьох споживачів.',
  ),
  start,
  durationMs: 60_000,
  conditions: [
    { at: 0, nodeProps: { id: 'shop', props: { mode: 'async', rate: 6 } } },
    { at: 0, nodeProps: { id: 'payments', props: { mode: 'async', rate: 3 } } },
    { at: 55_000, fault: { kind: 'stop', nodeId: 'shop' } },
    { at: 55_000, fault: { kind: 'stop', nodeId: 'payments' } },
  ],
  goals: [
    {
      id: 'fulfilment',
      label: L(
        'Fulfilment: order events missing, or other events',
        'Fulfilment: пропущені події замовлень або чужі події',
      ),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: consumedMismatch('fulfilment', ['shop']),
    },
    {
      id: 'billing',
      label: L(
        'Billing: payment events missing, or other events',
        'Billing: пропущені події платежів або чужі події',
      ),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: consumedMismatch('billing', ['payments']),
    },
    {
      id: 'audit',
      label: L('Audit: events missing', 'Audit: пропущені події'),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: consumedMismatch('audit', ['shop', 'payments']),
    },
    {
      id: 'unroutable',
      label: L('Unroutable messages', 'Немаршрутизовані повідомлення'),
      target: L('none', 'жодного'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: unroutable,
    },
  ],
  reference,
  naive: { doc: start, fails: 'fulfilment' },
};
