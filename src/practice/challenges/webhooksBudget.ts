import { changeStaleness, changesUndelivered, requestsPerMinute } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: fresh payments on a budget',
  [
    ['shop', 'client', 'Shop (poller)', 0, 0, { mode: 'polling', pollIntervalMs: 5000 }],
    ['psp', 'provider', 'Payment provider', 300, 100, { changeRate: 0.2 }],
    ['hooks', 'service', 'Payment webhooks', 600, 100, { serviceTimeMs: 20, idempotent: true }],
  ],
  [['e1', 'shop', 'psp', { latencyMs: 60 }]],
);

const reference = diagram(
  'Challenge: fresh payments on a budget (a solution)',
  [
    ['psp', 'provider', 'Payment provider', 300, 100, { changeRate: 0.2 }],
    ['hooks', 'service', 'Payment webhooks', 600, 100, { serviceTimeMs: 20, idempotent: true }],
  ],
  [['e2', 'psp', 'hooks', { latencyMs: 60 }]],
);

/** Practises tutorial 5: learn of a provider's changes quickly without spending requests on empty polls. */
export const webhooksBudget: Challenge = {
  id: 'webhooks-budget',
  title: L('Fresh payments on a budget', 'Свіжі платежі в межах бюджету'),
  tutorial: 'webhooks-polling',
  brief: L(
    'The shop learns of payment updates by polling the provider every 5 s, so it finds out about 2.5 s late on average. The business wants them within a fraction of a second, and the provider allows at most 40 requests a minute.\n\nThe provider is quiet most of the time (a change every 5 s or so), with a busy half-minute from 40 s to 70 s (about one change a second). From 50 s to 60 s your webhook endpoint, *Payment webhooks*, fails one request in five.\n\nWhat must hold on every run of the check:\n\n- changes are learnt at most 500 ms late on average;\n- at most 40 requests a minute go between you and the provider (polls and webhook deliveries together);\n- no change is lost (every webhook delivery arrives in the end).\n\nYou may remove the poller, change its settings and wire the provider as you see fit. Keep *Payment provider* and *Payment webhooks*.',
    'Магазин дізнається про оновлення платежів, опитуючи провайдера кожні 5 с, тож у середньому дізнається із запізненням близько 2,5 с. Бізнес хоче знати за частку секунди, а провайдер дозволяє не більше 40 запитів на хвилину.\n\nБільшість часу в провайдера тихо (зміна приблизно раз на 5 с), а з 40-ї по 70-ту секунду — напружені пів хвилини (приблизно зміна на секунду). З 50-ї по 60-ту секунду ваш ендпоінт вебхуків, *Payment webhooks*, завершує помилкою кожен пʼятий запит.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- про зміни дізнаються в середньому із запізненням не більше 500 мс;\n- між вами й провайдером — не більше 40 запитів на хвилину (опитування й доставки вебхуків разом);\n- жодна зміна не губиться (кожна доставка вебхука зрештою доходить).\n\nМожна вилучити клієнта, що опитує, змінити його налаштування й зʼєднати провайдера як завгодно. Залиште *Payment provider* і *Payment webhooks*.',
  ),
  start,
  durationMs: 120_000,
  conditions: [
    { at: 0, nodeProps: { id: 'psp', props: { changeRate: 0.2 } } },
    { at: 40_000, nodeProps: { id: 'psp', props: { changeRate: 1 } } },
    { at: 50_000, fault: { kind: 'errors', nodeId: 'hooks', pct: 20 } },
    { at: 60_000, fault: { kind: 'restore', nodeId: 'hooks' } },
    { at: 70_000, nodeProps: { id: 'psp', props: { changeRate: 0.2 } } },
  ],
  goals: [
    {
      id: 'staleness',
      label: L(
        'How late changes are learnt, on average',
        'Наскільки пізно дізнаються про зміни, у середньому',
      ),
      target: L('at most 500 ms', 'не більше 500 мс'),
      op: 'atMost',
      limit: 500,
      unit: 'ms',
      measure: changeStaleness,
    },
    {
      id: 'budget',
      label: L('Requests to or from the provider', 'Запити до провайдера чи від нього'),
      target: L('at most 40 a minute', 'не більше 40 на хвилину'),
      op: 'atMost',
      limit: 40,
      unit: 'count',
      measure: requestsPerMinute,
    },
    {
      id: 'lost',
      label: L('Changes never delivered', 'Зміни, які так і не доставлено'),
      target: L('none', 'жодної'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: changesUndelivered,
    },
  ],
  reference,
  naive: { doc: start, fails: 'staleness' },
};
