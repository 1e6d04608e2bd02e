import type { DiagramDocument, PropValues } from '../../model';
import { clientErrorPct, clientP95, completedPerSecond, loadPerRequest, peakBacklogOf } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

function shop(name: string, toPayments: PropValues): DiagramDocument {
  return diagram(
    name,
    [
      ['shop', 'client', 'Shop', 0, 100, { mode: 'async', rate: 10 }],
      ['checkout', 'service', 'Checkout', 280, 100, { instances: 20, serviceTimeMs: 20 }],
      ['payments', 'service', 'Payments', 560, 100, { instances: 2, serviceTimeMs: 100, errorRatePct: 10 }],
    ],
    [
      ['e1', 'shop', 'checkout', { latencyMs: 20 }],
      ['e2', 'checkout', 'payments', toPayments],
    ],
  );
}

const start = shop('Challenge: a retry storm', { timeoutMs: 1000, retries: 3, backoffMs: 20, jitter: false });
const reference = shop('Challenge: a retry storm (a solution)', {
  timeoutMs: 1000,
  retries: 3,
  backoffMs: 20,
  retryBudget: true,
  retryBudgetPct: 10,
  breaker: true,
  breakerThreshold: 5,
  breakerCooldownMs: 2000,
});

/** Practises tutorial 4: a retry budget and a circuit breaker keep a failing dependency from being flooded. */
export const retryStorm: Challenge = {
  id: 'retry-storm',
  title: L('A retry storm', 'Шторм повторів'),
  tutorial: 'microservices',
  brief: L(
    'The shop sends about 10 checkouts a second to *Checkout*, which charges each through *Payments* (2 instances, 100 ms a charge: about 20 a second at most). About 1 charge in 10 fails for a moment and goes through when tried again, so Checkout retries a failed call 3 times, 20 ms apart. From 30 s to 45 s Payments’ card processor is down and every charge fails. Each failure now brings three more calls, Payments drowns in them, and checkouts pile up behind it.\n\nWhat must hold on every run of the check:\n\n- Payments receives at most 1.3 calls for each checkout the shop sends;\n- Payments never has more than 20 calls waiting;\n- the p95 of a checkout, end to end, is at most 1 s;\n- at most 16% of checkouts fail: a tenth of the run is an outage nothing can hide, but the brief failures of a normal day should still be retried away;\n- Payments still completes at least 5 charges a second over the run.\n\nYou may change the wire from Checkout to Payments and Checkout itself. Keep *Shop*, *Checkout* and *Payments*; Payments belongs to another team: the check keeps it at 2 instances, 100 ms a charge and 10% of charges failing.',
    'Магазин надсилає в *Checkout* близько 10 оформлень на секунду, і кожне Checkout оплачує через *Payments* (2 екземпляри, 100 мс на платіж: щонайбільше близько 20 на секунду). Приблизно 1 платіж із 10 на мить не вдається й проходить із наступної спроби, тож невдалий виклик Checkout повторює 3 рази з інтервалом 20 мс. З 30-ї по 45-ту секунду процесинг карток у Payments не працює, і кожен платіж завершується помилкою. Тепер кожен збій приносить ще три виклики, Payments у них тоне, а оформлення накопичуються за ним.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- Payments отримує не більше 1,3 виклику на кожне оформлення, надіслане магазином;\n- у Payments ніколи не чекають понад 20 викликів;\n- p95 оформлення від початку до кінця — не більше 1 с;\n- помилкою завершується не більше 16% оформлень: десята частина прогону — збій, якого нічим не приховати, але короткі збої звичайного дня все одно мають зникати завдяки повторам;\n- Payments і далі завершує щонайменше 5 платежів на секунду за прогін.\n\nМожна змінювати зʼєднання від Checkout до Payments і сам Checkout. Залиште *Shop*, *Checkout* і *Payments*; Payments належить іншій команді: перевірка тримає в ньому 2 екземпляри, 100 мс на платіж і 10% невдалих платежів.',
  ),
  start,
  durationMs: 150_000,
  conditions: [
    { at: 0, nodeProps: { id: 'shop', props: { mode: 'async', rate: 10 } } },
    {
      at: 0,
      nodeProps: {
        id: 'payments',
        props: { instances: 2, serviceTimeMs: 100, errorRatePct: 10, backlogLimit: 100 },
      },
    },
    { at: 30_000, fault: { kind: 'errors', nodeId: 'payments', pct: 100 } },
    { at: 45_000, fault: { kind: 'restore', nodeId: 'payments' } },
  ],
  goals: [
    {
      id: 'load',
      label: L('Calls to Payments per checkout', 'Виклики до Payments на одне оформлення'),
      target: L('at most 1.3', 'не більше 1,3'),
      op: 'atMost',
      limit: 1.3,
      unit: 'count',
      measure: loadPerRequest('payments', 'shop'),
    },
    {
      id: 'backlog',
      label: L('Most calls waiting at Payments', 'Найбільше викликів, що чекають у Payments'),
      target: L('at most 20', 'не більше 20'),
      op: 'atMost',
      limit: 20,
      unit: 'count',
      measure: peakBacklogOf('payments'),
    },
    {
      id: 'p95',
      label: L('p95 of a checkout, end to end', 'p95 оформлення від початку до кінця'),
      target: L('at most 1 s', 'не більше 1 с'),
      op: 'atMost',
      limit: 1000,
      unit: 'ms',
      measure: clientP95,
    },
    {
      id: 'failed',
      label: L('Checkouts that failed', 'Оформлення, що завершилися помилкою'),
      target: L('at most 16%', 'не більше 16%'),
      op: 'atMost',
      limit: 16,
      unit: 'percent',
      measure: clientErrorPct,
    },
    {
      id: 'charges',
      label: L('Charges Payments completed a second', 'Платежів, завершених Payments, за секунду'),
      target: L('at least 5', 'щонайменше 5'),
      op: 'atLeast',
      limit: 5,
      unit: 'perSecond',
      measure: completedPerSecond('payments'),
    },
  ],
  reference,
  naive: { doc: start, fails: 'load' },
};
