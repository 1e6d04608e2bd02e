import { callsPerMinute, clientErrors, clientP95 } from '../measures';
import type { Challenge } from '../types';
import { diagram, L } from './diagram';

const start = diagram(
  'Challenge: fewer writes, still fresh',
  [
    ['sensors', 'client', 'Sensors', 0, 100, { mode: 'async', rate: 40 }],
    ['ingest', 'service', 'Ingest', 280, 100, { instances: 2, serviceTimeMs: 5 }],
    ['store', 'database', 'Readings store', 560, 100, { writePct: 100, writeMs: 20 }],
  ],
  [
    ['e1', 'sensors', 'ingest', { latencyMs: 20 }],
    ['e2', 'ingest', 'store'],
  ],
);

const reference = diagram(
  'Challenge: fewer writes, still fresh (a solution)',
  [
    ['sensors', 'client', 'Sensors', 0, 100, { mode: 'async', rate: 40 }],
    ['batcher', 'batch', 'Batcher', 200, 100, { batchSize: 25, windowMs: 300 }],
    ['ingest', 'service', 'Ingest', 400, 100, { instances: 2, serviceTimeMs: 5 }],
    ['store', 'database', 'Readings store', 600, 100, { writePct: 100, writeMs: 20 }],
  ],
  [
    ['e1', 'sensors', 'batcher', { latencyMs: 20 }],
    ['e3', 'batcher', 'ingest'],
    ['e2', 'ingest', 'store'],
  ],
);

/** Practises tutorial 6: batch the writes, with the window as the latency budget. */
export const batchLatency: Challenge = {
  id: 'batch-latency',
  title: L('Fewer writes, still fresh', 'Менше записів, але свіжі дані'),
  tutorial: 'batch',
  brief: L(
    'Sensors send about 40 readings a second; *Ingest* writes each one to the *Readings store* on its own, some 2,400 writes a minute, and the store’s owners want far fewer. The dashboards still need each reading stored quickly. At night, from 30 s on, the sensors slow down to about 3 readings a second.\n\nWhat must hold on every run of the check:\n\n- the store receives at most 200 calls a minute;\n- the p95 of a reading’s time from the sensor until it is stored is at most 500 ms;\n- no reading ends in an error.\n\nYou may add components and change wires and settings. Keep *Sensors*, *Ingest* and *Readings store*: the check scripts the sensors’ rate whatever their settings say.',
    'Датчики надсилають близько 40 показників на секунду; *Ingest* записує кожен окремо в *Readings store* — приблизно 2400 записів на хвилину, і власники бази хочуть суттєво це скоротити. Водночас дашбордам потрібно, щоб кожен показник зберігався швидко. Уночі, з 30-ї секунди, датчики сповільнюються до приблизно 3 показників на секунду.\n\nЩо має виконуватися в кожному прогоні перевірки:\n\n- база отримує не більше 200 звернень на хвилину;\n- p95 часу показника від датчика до збереження — не більше 500 мс;\n- жоден показник не завершується помилкою.\n\nМожна додавати компоненти й змінювати зʼєднання та налаштування. Залиште *Sensors*, *Ingest* і *Readings store*: перевірка задає частоту датчиків, хоч би що було в їхніх налаштуваннях.',
  ),
  start,
  durationMs: 60_000,
  conditions: [
    { at: 0, nodeProps: { id: 'sensors', props: { mode: 'async', rate: 40 } } },
    { at: 30_000, nodeProps: { id: 'sensors', props: { rate: 3 } } },
  ],
  goals: [
    {
      id: 'calls',
      label: L('Calls to the store a minute', 'Звернень до бази за хвилину'),
      target: L('at most 200', 'не більше 200'),
      op: 'atMost',
      limit: 200,
      unit: 'count',
      measure: callsPerMinute('store'),
    },
    {
      id: 'p95',
      label: L('p95 from sensor to stored', 'p95 від датчика до збереження'),
      target: L('at most 500 ms', 'не більше 500 мс'),
      op: 'atMost',
      limit: 500,
      unit: 'ms',
      measure: clientP95,
    },
    {
      id: 'errors',
      label: L('Readings that ended in an error', 'Показники, що завершилися помилкою'),
      target: L('none', 'жодного'),
      op: 'atMost',
      limit: 0,
      unit: 'count',
      measure: clientErrors,
    },
  ],
  reference,
  naive: { doc: start, fails: 'calls' },
};
