import type { RunSummary } from '../../engine';
import { indexNodes, own, ownValues } from '../../model';
import {
  all,
  chain,
  faultActive,
  faultApplied,
  lagFellBack,
  metricAtLeast,
  prop,
  ranFor,
  totalLag,
  wired,
  wireProp,
} from '../goals';
import type { Goal, Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** The most instances of one consumer that have handled at least one record. */
const instancesAtWork = (s: RunSummary) =>
  Math.max(0, ...ownValues(s.consumers).map((c) => c.consumed.filter((n) => n > 0).length));
const rebalances = (s: RunSummary) => sum(ownValues(s.topics).map((t) => sum(ownValues(t.rebalances))));
const streamsProduced = (s: RunSummary) => sum(ownValues(s.streams).map((st) => st.produced));
const sinkRecords = (s: RunSummary) =>
  sum(
    ownValues(s.connectors)
      .filter((c) => c.mode === 'sink')
      .map((c) => c.records),
  );

/** Some topic holds `records` or more, all in at most half of its partitions. */
const fewPartitionsUsed =
  (records: number): Goal =>
  ({ run }) =>
    run.summary !== null &&
    ownValues(run.summary.topics).some(
      (t) => sum(t.records) >= records && t.records.filter((n) => n > 0).length * 2 <= t.partitions,
    );

/** Some topic is read by at least `groups` consumer groups, each of which has consumed `records` or more. */
const groupsReading =
  (groups: number, records: number): Goal =>
  ({ run }) =>
    run.summary !== null &&
    ownValues(run.summary.topics).some((t) => {
      const lags = ownValues(t.lag);
      return lags.length >= groups && lags.every((lag) => sum(t.records) - sum(lag) >= records);
    });

/** Some consumer service has handled more records than the topics it reads hold: it read some twice. */
const readTwice: Goal = ({ run, doc }) => {
  const s = run.summary;
  if (!s) return false;
  const byId = indexNodes(doc.nodes);
  return doc.nodes.some((n) => {
    const consumed = own(s.consumers, n.id);
    if (!consumed) return false;
    const sources = doc.edges
      .filter((e) => e.target === n.id && byId.get(e.source)?.kind === 'topic')
      .map((e) => sum(own(s.topics, e.source)?.records ?? []));
    return sources.length > 0 && sum(consumed.consumed) > sum(sources);
  });
};

const lagAtLeast =
  (records: number): Goal =>
  (ctx) =>
    totalLag(ctx) >= records;

/** Tutorial 9: a partitioned topic, keys and order, consumer groups and rebalancing, lag, replay, Streams and Connect. */
export const kafka: Tutorial = {
  id: 'kafka',
  section: 'Kafka',
  title: L('Kafka: partitions, groups and streams', 'Kafka: партиції, групи та потоки'),
  summary: L(
    'Write orders to a partitioned log and read it with consumer groups: keys and per-key order, rebalancing, lag, replay from the earliest offset, then process it with Streams and copy it out with Connect.',
    'Пишіть замовлення в журнал із партиціями й читайте його групами споживачів: ключі та порядок у межах ключа, перебалансування, відставання, перечитування з найранішого зсуву, а далі обробка через Streams і вивантаження через Connect.',
  ),
  minutes: 12,
  start: null,
  roles: {
    shop: { kind: 'client' },
    orders: { kind: 'topic', wiredFrom: 'shop' },
    billing: { kind: 'service', wiredFrom: 'orders' },
    analytics: { kind: 'service', wiredFrom: 'orders' },
    filter: { kind: 'streams' },
    large: { kind: 'topic', wiredFrom: 'filter' },
    sink: { kind: 'connect' },
    warehouse: { kind: 'database' },
  },
  steps: [
    {
      id: 'produce',
      title: L('Write to a topic', 'Пишіть у топік'),
      body: L(
        'A Kafka *topic* is a log split into *partitions*; records are appended to the end and stay there after they are read.\n\nAdd a *Client* (the shop) with a *Request rate* of `20`, add a *Kafka topic* (6 partitions by default) and wire the shop to it. Each order becomes a record whose key is the customer: the wire’s *Distinct keys* says there are 100 customers.',
        '*Топік* Kafka — це журнал, розбитий на *партиції*; записи додаються в кінець і лишаються там і після того, як їх прочитали.\n\nДодайте *Клієнта* (магазин) із *Частотою запитів* `20`, додайте *Топік Kafka* (типово 6 партицій) і зʼєднайте з ним магазин. Кожне замовлення стає записом, ключ якого — клієнт: поле *Різних ключів* на зʼєднанні каже, що клієнтів 100.',
      ),
      target: { type: 'palette', kind: 'topic' },
      goal: all(
        wired('client', 'topic'),
        prop('client', 'rate', (v) => Number(v) >= 15),
      ),
      keep: 'stay',
      hint: L(
        'The topic is under “Kafka” in the palette. Request rate is a setting of the client.',
        'Топік — у розділі «Kafka» палітри. «Частота запитів» — налаштування клієнта.',
      ),
      why: L(
        'Unlike a queue, a topic does not delete what has been read: each reader only moves its own *offset* along the log. That is what lets many readers share one stream, and read it again.',
        'На відміну від черги, топік не видаляє прочитане: кожен читач лише пересуває власний *зсув* уздовж журналу. Саме тому один потік можуть ділити багато читачів — і перечитувати його.',
      ),
      showMe: [
        { do: 'add', kind: 'client', at: { x: 40, y: 200 }, label: L('Shop', 'Магазин') },
        { do: 'set', role: 'shop', key: 'rate', value: 20 },
        { do: 'add', kind: 'topic', at: { x: 320, y: 200 }, label: L('orders', 'orders') },
        { do: 'connect', from: 'shop', to: 'orders' },
      ],
    },
    {
      id: 'group',
      title: L('A consumer group', 'Група споживачів'),
      body: L(
        'Add a *Service* (billing) with `3` *Instances* and a *Mean service time* of `40` ms, and wire the topic to it. Select that wire and set *Consumer group* to `billing`.\n\nThe instances of a group share the partitions: each partition belongs to exactly one instance at a time. Press *Run* and let it go for 10 seconds.',
        'Додайте *Сервіс* (білінг) із `3` *Екземплярами* й *Середнім часом обробки* `40` мс і зʼєднайте з ним топік. Виберіть це зʼєднання й задайте *Групу споживачів* `billing`.\n\nЕкземпляри однієї групи ділять партиції: кожна партиція в кожен момент належить рівно одному екземпляру. Натисніть *Запустити* й дайте попрацювати 10 секунд.',
      ),
      target: { type: 'field', key: 'consumerGroup' },
      goal: all(ranFor(10_000), metricAtLeast(instancesAtWork, 3)),
      keep: 'once',
      hint: L(
        'Instances is a setting of the service; Consumer group is a setting of the wire from the topic to it.',
        '«Екземпляри» — налаштування сервісу; «Група споживачів» — налаштування зʼєднання від топіка до нього.',
      ),
      why: L(
        'Six partitions over three instances is two each, and each instance handled its own share of the 190-odd records (78, 60 and 49 here: 100 customers do not spread perfectly evenly). To read faster, a group adds instances, up to one per partition.',
        'Шість партицій на три екземпляри — по дві на кожен, і кожен екземпляр обробив свою частку з приблизно 190 записів (тут 78, 60 і 49: 100 клієнтів розподіляються не зовсім рівно). Щоб читати швидше, група додає екземпляри — до одного на партицію.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 620, y: 60 }, label: L('Billing', 'Білінг') },
        { do: 'set', role: 'billing', key: 'instances', value: 3 },
        { do: 'set', role: 'billing', key: 'serviceTimeMs', value: 40 },
        { do: 'connect', from: 'orders', to: 'billing' },
        { do: 'setWire', from: 'orders', to: 'billing', key: 'consumerGroup', value: 'billing' },
        { do: 'run' },
      ],
      runFor: 11_000,
    },
    {
      id: 'keys',
      title: L('Keys decide the partition', 'Ключ визначає партицію'),
      body: L(
        'A record’s key is hashed to choose its partition, so every order of one customer lands in the same partition and is read, in order, by one instance. Kafka keeps order *per key*, not across the whole topic.\n\nSee what few keys do: on the shop’s wire set *Distinct keys* to `3`, then *Reset* and *Run*. Look at the topic’s records per partition and at each billing instance.',
        'Ключ запису хешується, щоб обрати партицію, тож усі замовлення одного клієнта потрапляють в одну партицію, і їх по порядку читає один екземпляр. Kafka гарантує порядок *у межах ключа*, а не в усьому топіку.\n\nПодивіться, що роблять кілька ключів: на зʼєднанні магазину задайте *Різних ключів* `3`, потім *Скинути* і *Запустити*. Погляньте на кількість записів у кожній партиції топіка й на кожен екземпляр білінгу.',
      ),
      target: { type: 'field', key: 'keyCount' },
      goal: all(
        wireProp('client', 'topic', 'keyCount', (v) => Number(v) >= 1 && Number(v) <= 5),
        fewPartitionsUsed(50),
      ),
      keep: 'once',
      hint: L(
        'Distinct keys is a setting of the wire from the shop to the topic. Reset is next to Run.',
        '«Різних ключів» — налаштування зʼєднання від магазину до топіка. «Скинути» — поруч із «Запустити».',
      ),
      why: L(
        'Three keys filled only two of the six partitions (two of the keys hash to the same one), and both of those belong to the same instance: it did all the work while the other two sat idle. Order per key comes from the partition; parallelism comes from having many keys.',
        'Три ключі заповнили лише дві з шести партицій (два ключі хешуються в ту саму), і обидві належать одному екземпляру: він зробив усю роботу, а два інші простоювали. Порядок у межах ключа дає партиція, а паралелізм — велика кількість ключів.',
      ),
      showMe: [
        { do: 'setWire', from: 'shop', to: 'orders', key: 'keyCount', value: 3 },
        { do: 'reset' },
        { do: 'run' },
      ],
      runFor: 10_000,
    },
    {
      id: 'rebalance',
      title: L('Rebalancing', 'Перебалансування'),
      body: L(
        'Give the shop many customers again: set *Distinct keys* to `1000`. Then right-click billing and choose *Stop one instance*.\n\nThe group notices that a member has gone, stops consuming, and hands out the partitions again among those left: a *rebalance*.',
        'Знову дайте магазину багато клієнтів: задайте *Різних ключів* `1000`. Потім клацніть білінг правою кнопкою й оберіть *Зупинити один екземпляр*.\n\nГрупа помічає, що учасник зник, припиняє споживання й заново розподіляє партиції між тими, хто лишився: це *перебалансування*.',
      ),
      target: { type: 'node', role: 'billing' },
      goal: all(faultActive('service', 'instancesDown'), metricAtLeast(rebalances, 1), lagFellBack(30, 10)),
      keep: 'once',
      hint: L(
        'Faults are in the menu you get by right-clicking a component while the run is going.',
        'Збої — у меню, яке відкривається правою кнопкою на компоненті під час прогону.',
      ),
      why: L(
        'For about 3 seconds nobody in the group consumed, and its lag climbed to about 60 records; then the two remaining instances took three partitions each and caught up. Every rebalance is such a pause, so a group whose members keep coming and going barely reads at all.',
        'Близько 3 секунд ніхто в групі не споживав, і її відставання зросло приблизно до 60 записів; потім два екземпляри, що лишилися, взяли по три партиції й наздогнали. Кожне перебалансування — така пауза, тож група, учасники якої постійно приходять і йдуть, майже не читає.',
      ),
      showMe: [
        { do: 'setWire', from: 'shop', to: 'orders', key: 'keyCount', value: 1000 },
        { do: 'fault', role: 'billing', fault: 'instanceDown' },
      ],
      runFor: 10_000,
    },
    {
      id: 'lag',
      title: L('Lag', 'Відставання'),
      body: L(
        'Right-click billing and choose *Slow down ×5*. Two slow instances can no longer keep up with the shop.\n\nWatch the group’s *lag*: the records already written but not yet committed by the group.',
        'Клацніть білінг правою кнопкою й оберіть *Сповільнити ×5*. Два повільні екземпляри вже не встигають за магазином.\n\nСтежте за *відставанням* групи — записами, що вже є в топіку, але група їх ще не зафіксувала.',
      ),
      target: { type: 'node', role: 'billing' },
      goal: all(faultActive('service', 'slow'), lagAtLeast(100)),
      keep: 'once',
      hint: L(
        'Same menu as before. The lag shows under the topic while the run is going.',
        'Те саме меню, що й раніше. Відставання видно під топіком під час прогону.',
      ),
      why: L(
        'Two instances at a fifth of their speed handle about 10 records a second against 20 arriving, so the lag grows by about 10 records every second and will not stop. Lag is the figure to alert on: it says a consumer is falling behind long before anyone notices stale data.',
        'Два екземпляри на пʼятій частині своєї швидкості обробляють близько 10 записів на секунду, а надходить 20, тож відставання щосекунди зростає приблизно на 10 записів і не зупиниться. Саме на відставання варто ставити сповіщення: воно показує, що споживач не встигає, задовго до того, як хтось помітить застарілі дані.',
      ),
      showMe: [{ do: 'fault', role: 'billing', fault: 'slow', factor: 5 }],
      runFor: 15_000,
    },
    {
      id: 'second-group',
      title: L('Another group reads everything', 'Інша група читає все'),
      body: L(
        'Add another *Service* (analytics) with a *Mean service time* of `20` ms, and wire the topic to it. Set that wire’s *Consumer group* to `analytics`.\n\nA different group keeps its own offsets, so it reads every record, whatever billing does. Let it run for 20 seconds. (Changing the wiring starts the run again, so billing is back to normal speed.)',
        'Додайте ще один *Сервіс* (аналітика) із *Середнім часом обробки* `20` мс і зʼєднайте з ним топік. Задайте цьому зʼєднанню *Групу споживачів* `analytics`.\n\nІнша група має власні зсуви, тож читає кожен запис, хоч би що робив білінг. Дайте попрацювати 20 секунд. (Зміна зʼєднань запускає прогін спочатку, тож білінг знову працює на звичайній швидкості.)',
      ),
      target: { type: 'field', key: 'consumerGroup' },
      goal: all(groupsReading(2, 50), ranFor(20_000)),
      keep: 'once',
      hint: L(
        'Give the wire its own group name, analytics. Under the same name as billing, the two would share the partitions instead of each reading everything.',
        'Дайте зʼєднанню власну назву групи — analytics. Під тією самою назвою, що й білінг, вони ділили б партиції, а не читали б кожен усе.',
      ),
      why: L(
        'Both groups read all of the 370-odd records: billing and analytics each committed every offset, independently. Adding a reader cost the shop nothing, and a slow reader holds back only its own group.',
        'Обидві групи прочитали всі приблизно 370 записів: білінг і аналітика кожна зафіксувала кожен зсув, незалежно одна від одної. Новий читач нічого не коштував магазину, а повільний читач затримує лише власну групу.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 620, y: 340 }, label: L('Analytics', 'Аналітика') },
        { do: 'set', role: 'analytics', key: 'serviceTimeMs', value: 20 },
        { do: 'connect', from: 'orders', to: 'analytics' },
        { do: 'setWire', from: 'orders', to: 'analytics', key: 'consumerGroup', value: 'analytics' },
      ],
      runFor: 21_000,
    },
    {
      id: 'replay',
      title: L('Replay from the earliest offset', 'Перечитайте з найранішого зсуву'),
      body: L(
        'Analytics shipped a fix and must compute everything again. Right-click the wire from the topic to analytics and choose *Replay from earliest*: the group’s offsets go back to the start of the log, and it reads every record again.',
        'Аналітика випустила виправлення й мусить усе перерахувати. Клацніть правою кнопкою зʼєднання від топіка до аналітики й оберіть *Перечитати з початку*: зсуви групи повертаються на початок журналу, і вона читає кожен запис знову.',
      ),
      target: { type: 'node', role: 'analytics' },
      goal: all(faultApplied('replay'), readTwice, lagFellBack(100, 10)),
      keep: 'once',
      hint: L(
        'Right-click the wire itself, not the service: the replay is an action on a consumer group, which lives on the wire.',
        'Клацніть правою кнопкою саме зʼєднання, а не сервіс: перечитування — дія над групою споживачів, а вона задана на зʼєднанні.',
      ),
      why: L(
        'The analytics lag jumped at once to the whole log, about 360 records, and the group worked through it again in about 10 seconds, while billing carried on undisturbed. A queue cannot do this: its messages are gone once acknowledged.',
        'Відставання аналітики враз зросло до розміру всього журналу — близько 360 записів, — і група знову пройшла його приблизно за 10 секунд, а білінг тим часом працював, наче нічого не сталося. Черга так не вміє: підтверджені повідомлення з неї зникають.',
      ),
      showMe: [{ do: 'fault', from: 'orders', to: 'analytics', fault: 'replay' }],
      runFor: 20_000,
    },
    {
      id: 'streams',
      title: L('Kafka Streams: topic to topic', 'Kafka Streams: із топіка в топік'),
      body: L(
        '*Kafka Streams* turns one topic into another: it reads as a consumer, filters, maps or counts, and writes the result to a new topic.\n\nAdd *Kafka Streams* (a *Filter* that keeps half the records: the large orders) and wire the orders topic to it. Then add a second *Kafka topic* (large orders) and wire Streams to it.',
        '*Kafka Streams* перетворює один топік на інший: читає як споживач, фільтрує, перетворює чи рахує й пише результат у новий топік.\n\nДодайте *Kafka Streams* (*Фільтр*, що залишає половину записів — великі замовлення) і зʼєднайте з ним топік замовлень. Потім додайте другий *Топік Kafka* (великі замовлення) і зʼєднайте з ним Streams.',
      ),
      target: { type: 'palette', kind: 'streams' },
      goal: all(chain('topic', 'streams', 'topic'), metricAtLeast(streamsProduced, 10)),
      keep: 'once',
      hint: L(
        'Kafka Streams is under “Kafka”. Wire topic → Streams → the new topic.',
        'Kafka Streams — у розділі «Kafka». Зʼєднайте топік → Streams → новий топік.',
      ),
      why: L(
        'Streams kept about half of what it read and wrote it to the new topic with the same keys, so each customer’s large orders stay in order. It is a consumer group of its own, so billing and analytics do not notice it.',
        'Streams залишив приблизно половину прочитаного й записав у новий топік із тими самими ключами, тож великі замовлення кожного клієнта лишаються по порядку. Він є окремою групою споживачів, тож білінг і аналітика його не помічають.',
      ),
      showMe: [
        {
          do: 'add',
          kind: 'streams',
          at: { x: 620, y: 560 },
          label: L('Large orders filter', 'Фільтр великих замовлень'),
        },
        { do: 'connect', from: 'orders', to: 'filter' },
        { do: 'add', kind: 'topic', at: { x: 900, y: 560 }, label: L('large-orders', 'large-orders') },
        { do: 'connect', from: 'filter', to: 'large' },
      ],
      runFor: 10_000,
    },
    {
      id: 'connect',
      title: L('Kafka Connect: out to a database', 'Kafka Connect: назовні, у базу даних'),
      body: L(
        '*Kafka Connect* moves data between Kafka and other systems with ready-made connectors instead of code: a *source* copies a database into a topic, a *sink* writes a topic into a database.\n\nAdd *Kafka Connect*, set its *Connector* to *Sink*, and wire the large-orders topic to it. Then add a *Database* (the warehouse) and wire the connector to it.',
        '*Kafka Connect* переносить дані між Kafka та іншими системами готовими конекторами замість коду: *source* копіює базу даних у топік, *sink* записує топік у базу даних.\n\nДодайте *Kafka Connect*, задайте *Конектор* — *Sink* і зʼєднайте з ним топік великих замовлень. Потім додайте *Базу даних* (сховище) і зʼєднайте з нею конектор.',
      ),
      target: { type: 'field', key: 'connectorMode' },
      goal: all(chain('topic', 'connect', 'database'), metricAtLeast(sinkRecords, 10)),
      keep: 'once',
      hint: L(
        'Kafka Connect is under “Kafka”; its Connector setting must be Sink to read from a topic.',
        'Kafka Connect — у розділі «Kafka»; щоб читати з топіка, його «Конектор» має бути Sink.',
      ),
      why: L(
        'The sink wrote the large orders to the warehouse in a few batch writes, about one per second, committing their offsets only after each write succeeded. The warehouse is fed from the log with no consumer code of your own.',
        'Sink записав великі замовлення у сховище кількома пакетними записами, приблизно по одному на секунду, і фіксував їхні зсуви лише після кожного вдалого запису. Сховище наповнюється з журналу без жодного вашого коду споживача.',
      ),
      showMe: [
        { do: 'add', kind: 'connect', at: { x: 1180, y: 560 }, label: L('Warehouse sink', 'Sink у сховище') },
        { do: 'set', role: 'sink', key: 'connectorMode', value: 'sink' },
        { do: 'connect', from: 'large', to: 'sink' },
        { do: 'add', kind: 'database', at: { x: 1460, y: 560 }, label: L('Warehouse', 'Сховище') },
        { do: 'connect', from: 'sink', to: 'warehouse' },
      ],
      runFor: 10_000,
    },
  ],
  check: {
    question: L(
      'Payments of the same account must be processed in order, and the payment consumers need more throughput. What do you do?',
      'Платежі одного рахунку треба обробляти по порядку, а споживачам платежів бракує пропускної здатності. Що робити?',
    ),
    options: [
      {
        text: L(
          'Use a single partition, so that everything stays in order',
          'Залишити одну партицію, щоб усе йшло по порядку',
        ),
        correct: false,
      },
      {
        text: L(
          'Key the records by account id, and add partitions and consumer instances',
          'Взяти за ключ запису id рахунку й додати партицій та екземплярів споживача',
        ),
        correct: true,
      },
      {
        text: L(
          'Add more consumer instances than there are partitions',
          'Додати більше екземплярів споживача, ніж є партицій',
        ),
        correct: false,
      },
    ],
    explanation: L(
      'Order is only needed per account, and a key keeps each account in one partition, read in order by one instance, while many partitions let many instances work in parallel. One partition orders everything but allows one reader per group. Instances beyond the partition count get no partition and sit idle.',
      'Порядок потрібен лише в межах рахунку, а ключ тримає кожен рахунок в одній партиції, яку по порядку читає один екземпляр, тоді як багато партицій дають працювати багатьом екземплярам паралельно. Одна партиція впорядковує все, але дозволяє лише одного читача на групу. Екземпляри понад кількість партицій не отримують партиції й простоюють.',
    ),
  },
  challenge: 'kafka-scale-order',
};
