import type { GatewaySummary, LatencyStats, RunSummary } from '../../engine';
import { type DiagramDocument, DOCUMENT_VERSION, ownValues } from '../../model';
import {
  all,
  faultActive,
  faultApplied,
  metricAtLeast,
  metricAtMost,
  not,
  ranFor,
  running,
  targetProp,
  wireProp,
} from '../goals';
import type { Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

/** A shop of three services behind a gateway: Catalog on its own, Checkout calling Payments. */
const shop: DiagramDocument = {
  version: DOCUMENT_VERSION,
  name: 'Microservices shop',
  nodes: [
    {
      id: 'shop',
      kind: 'client',
      label: 'Shop',
      position: { x: 0, y: 200 },
      props: { mode: 'sync', users: 50, rate: 20, paths: '/catalog:3, /checkout:1' },
    },
    { id: 'gw', kind: 'gateway', label: 'Gateway', position: { x: 260, y: 200 }, props: {} },
    {
      id: 'catalog',
      kind: 'service',
      label: 'Catalog',
      position: { x: 540, y: 60 },
      props: { instances: 2, serviceTimeMs: 30 },
    },
    {
      id: 'checkout',
      kind: 'service',
      label: 'Checkout',
      position: { x: 540, y: 340 },
      props: { instances: 3, serviceTimeMs: 50 },
    },
    {
      id: 'payments',
      kind: 'service',
      label: 'Payments',
      position: { x: 820, y: 340 },
      props: { instances: 1, serviceTimeMs: 100 },
    },
  ],
  edges: [
    { id: 'e1', source: 'shop', target: 'gw', props: { latencyMs: 20 } },
    { id: 'e2', source: 'gw', target: 'catalog', props: { route: '/catalog' } },
    { id: 'e3', source: 'gw', target: 'checkout', props: { route: '/checkout' } },
    { id: 'e4', source: 'checkout', target: 'payments', props: {} },
  ],
  viewport: { x: 40, y: 40, zoom: 0.9 },
  run: { seed: 1, speed: 1 },
};

const routes = (s: RunSummary) =>
  ownValues(s.gateways).flatMap((g: GatewaySummary) => ownValues(g.routes).filter((r) => r.count >= 10));
const latencies = (s: RunSummary): LatencyStats[] => routes(s).map((r) => r.latency);

/** Routes that served 10 calls or more. */
const routesServed = (s: RunSummary) => routes(s).length;
/** The longest wait on any route. */
const slowestRoute = (s: RunSummary) => Math.max(0, ...latencies(s).map((l) => l.max));
/** The longest wait on the route that was least affected. */
const calmestRoute = (s: RunSummary) => Math.min(Number.POSITIVE_INFINITY, ...latencies(s).map((l) => l.max));
/** Requests of the shop that ended in an error, whatever the cause. */
const clientErrors = (s: RunSummary) =>
  ownValues(s.nodes)
    .filter((n) => n.kind === 'client')
    .reduce((sum, n) => sum + Object.values(n.errors).reduce((a, b) => a + b, 0), 0);

const callerEdges = (s: RunSummary) => ownValues(s.callerEdges);
const timeouts = (s: RunSummary) => callerEdges(s).reduce((n, c) => n + c.timeouts, 0);
const shortCircuited = (s: RunSummary) => callerEdges(s).reduce((n, c) => n + c.shortCircuited, 0);
/** Wires whose breaker opened at some point and is closed again now. */
const breakersClosedAgain = (s: RunSummary) =>
  callerEdges(s).filter((c) => c.breakerOpenings > 0 && c.breakerState === 'closed').length;

const deployFinished = all(faultApplied('deploy', 'service'), not(faultActive('service', 'deploying')));
const paymentsScaled = targetProp('service', 'service', 'instances', (v) => Number(v) >= 2);
const checkoutToPayments = (key: string, test: (v: unknown) => boolean) =>
  wireProp('service', 'service', key, (v) => test(v));

/** Tutorial 4: independent services, a rolling deploy, and a slow dependency kept in its place. */
export const microservices: Tutorial = {
  id: 'microservices',
  section: 'Microservices Architecture',
  title: L('Microservices', 'Мікросервіси'),
  summary: L(
    'A shop made of three services: deploy one while the others keep serving, then keep a slow dependency from dragging its callers down with a timeout and a circuit breaker.',
    'Магазин із трьох сервісів: розгорніть один, поки інші працюють, а потім не дайте повільній залежності потягнути за собою тих, хто її викликає, — за допомогою тайм-ауту й запобіжника.',
  ),
  minutes: 10,
  start: shop,
  roles: {
    shop: { kind: 'client' },
    gateway: { kind: 'gateway' },
    catalog: { kind: 'service', wiredFrom: 'gateway' },
    checkout: { kind: 'service', wiredFrom: 'gateway' },
    payments: { kind: 'service', wiredFrom: 'checkout' },
  },
  steps: [
    {
      id: 'run-shop',
      title: L('A shop in three services', 'Магазин із трьох сервісів'),
      body: L(
        'This shop is split by business function: *Catalog* shows products, *Checkout* takes orders and calls *Payments* to charge the card. Each has its own API, its own instances and its own release schedule; the gateway routes `/catalog` and `/checkout`.\n\nPress *Run* and watch both routes serve.',
        'Цей магазин поділено за бізнес-функціями: *Catalog* показує товари, *Checkout* оформлює замовлення й викликає *Payments*, щоб списати кошти з картки. Кожен має власний API, власні екземпляри й власний графік випусків; шлюз маршрутизує `/catalog` і `/checkout`.\n\nНатисніть *Запустити* й подивіться, як працюють обидва маршрути.',
      ),
      target: { type: 'run', control: 'play' },
      goal: all(running, metricAtLeast(routesServed, 2)),
      keep: 'once',
      hint: L('Run is the button at the top of the page.', 'Запустити — кнопка вгорі сторінки.'),
      why: L(
        'Three small services, each small enough for one team to own, talking over plain HTTP calls.',
        'Три невеликі сервіси, кожен такий, що ним може опікуватися одна команда, і спілкуються вони звичайними HTTP-викликами.',
      ),
      showMe: [{ do: 'run' }],
      runFor: 5_000,
    },
    {
      id: 'deploy-single',
      title: L('Deploy Payments, one instance', 'Розгортання Payments з одним екземпляром'),
      body: L(
        'Payments has a new version. Right-click *Payments* and choose *Rolling deploy*: each instance in turn stops for 5 s while its new version starts. Payments has only one.',
        'Для Payments є нова версія. Клацніть правою кнопкою на *Payments* і оберіть *Поступове розгортання*: кожен екземпляр по черзі зупиняється на 5 с, поки запускається нова версія. У Payments він лише один.',
      ),
      target: { type: 'node', role: 'payments' },
      goal: all(deployFinished, metricAtLeast(slowestRoute, 3_000), metricAtMost(calmestRoute, 1_000)),
      keep: 'once',
      hint: L(
        'The fault menu opens on right-click while the run is going. Wait until the deploy badge on Payments is gone.',
        'Меню збоїв відкривається правою кнопкою, поки триває прогін. Дочекайтеся, доки позначка розгортання на Payments зникне.',
      ),
      why: L(
        'For 5 s Payments did not exist: checkouts piled up behind it and the slowest waited about 5 s. Catalog does not depend on Payments and never noticed: none of its requests took more than 0.2 s. That is the point of splitting, and also its limit: one instance means a deploy is an outage of that service.',
        'На 5 с сервіс Payments зник: оформлення замовлень накопичувалися за ним, і найдовше чекало близько 5 с. Catalog від Payments не залежить і нічого не помітив: жоден його запит не тривав довше за 0,2 с. У цьому сенс поділу, і в цьому ж його межа: один екземпляр означає, що розгортання — це простій сервісу.',
      ),
      showMe: [{ do: 'fault', role: 'payments', fault: 'deploy', perInstanceMs: 5_000 }],
      runFor: 10_000,
    },
    {
      id: 'instances',
      title: L('Run three instances of Payments', 'Запустіть три екземпляри Payments'),
      body: L(
        'Select Payments and set *Instances* to `3`.',
        'Виберіть Payments і задайте *Екземпляри* — `3`.',
      ),
      target: { type: 'field', key: 'instances' },
      goal: paymentsScaled,
      keep: 'stay',
      hint: L(
        'Instances is the first setting of a service in the inspector on the right.',
        'Екземпляри — перше налаштування сервісу в інспекторі праворуч.',
      ),
      why: L(
        'Several instances are what lets one of them leave for a deploy while the others serve.',
        'Саме кілька екземплярів дозволяють одному з них піти на розгортання, поки інші обслуговують запити.',
      ),
      showMe: [{ do: 'set', role: 'payments', key: 'instances', value: 3 }],
    },
    {
      id: 'deploy-rolling',
      title: L('Roll it out again', 'Розгорніть ще раз'),
      body: L(
        'Press *Reset* so the figures start from zero, then *Run*, and start a *Rolling deploy* of Payments again. This time it takes 15 s: three instances, one after another.',
        'Натисніть *Скинути*, щоб показники почалися з нуля, потім *Запустити* й знову запустіть *Поступове розгортання* Payments. Цього разу воно триває 15 с: три екземпляри, один за одним.',
      ),
      target: { type: 'run', control: 'reset' },
      goal: all(
        deployFinished,
        paymentsScaled,
        ranFor(15_000),
        metricAtMost(clientErrors, 0),
        metricAtMost(slowestRoute, 2_000),
      ),
      keep: 'once',
      hint: L(
        'Reset is next to Run. After the reset, run first: faults can only be injected while the run is going.',
        'Скинути — поруч із «Запустити». Після скидання спершу запустіть прогін: збої можна вносити лише під час прогону.',
      ),
      why: L(
        'A new version of Payments went live during business hours, and not one request failed; the slowest checkout took well under a second. While one instance was away, the other two carried the load.',
        'Нова версія Payments вийшла посеред робочого дня, і жоден запит не завершився помилкою; найповільніше оформлення тривало значно менше секунди. Поки одного екземпляра не було, навантаження тримали два інші.',
      ),
      showMe: [
        { do: 'reset' },
        { do: 'run' },
        { do: 'fault', role: 'payments', fault: 'deploy', perInstanceMs: 5_000 },
      ],
      runFor: 17_000,
    },
    {
      id: 'slow-payments',
      title: L('A slow dependency', 'Повільна залежність'),
      body: L(
        'Payments’ card processor has a bad day. Right-click Payments and choose *Slow down ×5*. Watch Checkout, not only Payments.',
        'У процесингу карток, яким користується Payments, поганий день. Клацніть правою кнопкою на Payments і оберіть *Сповільнити ×5*. Стежте за Checkout, а не лише за Payments.',
      ),
      target: { type: 'node', role: 'payments' },
      goal: all(faultActive('service', 'slow'), metricAtLeast(slowestRoute, 2_000)),
      keep: 'once',
      hint: L(
        'Slow down ×5 is in the right-click menu of Payments while the run is going.',
        '«Сповільнити ×5» — у контекстному меню Payments, поки триває прогін.',
      ),
      why: L(
        'Payments now takes half a second, and Checkout’s three instances spend it waiting: checkouts queue up in Checkout, the slowest now take over 2 s, and the p95 of checkouts roughly doubles. A slow dependency is worse than a dead one, because it holds its callers. Catalog calls nobody and stays as fast as before.',
        'Тепер Payments відповідає пів секунди, і три екземпляри Checkout весь цей час чекають: оформлення стають у чергу в самому Checkout, найповільніші тривають понад 2 с, а p95 оформлень зростає приблизно вдвічі. Повільна залежність гірша за мертву, бо тримає тих, хто її викликає. Catalog нікого не викликає і працює так само швидко.',
      ),
      showMe: [{ do: 'fault', role: 'payments', fault: 'slow', factor: 5 }],
      runFor: 15_000,
    },
    {
      id: 'timeout',
      title: L('Bound the wait', 'Обмежте очікування'),
      body: L(
        'Select the wire from Checkout to Payments and set its *Timeout* to `300` ms: Checkout stops waiting after that and answers with an error.',
        'Виберіть дріт від Checkout до Payments і задайте йому *Тайм-аут* — `300` мс: після цього Checkout перестає чекати й відповідає помилкою.',
      ),
      target: { type: 'field', key: 'timeoutMs' },
      goal: all(
        checkoutToPayments('timeoutMs', (v) => Number(v) > 0 && Number(v) <= 1_000),
        metricAtLeast(timeouts, 10),
      ),
      keep: 'once',
      hint: L(
        'Click the wire itself, between Checkout and Payments; Timeout is in its inspector. 0 means “wait for ever”.',
        'Клацніть сам дріт між Checkout і Payments; «Тайм-аут» — в його інспекторі. 0 означає «чекати без обмеження».',
      ),
      why: L(
        'No checkout waits on Payments longer than 300 ms now, so Checkout’s instances are free again and its queue shrinks. Many checkouts fail instead, quickly and clearly. Payments still does the work of every call, though: a timeout protects the caller, not the callee.',
        'Тепер жодне оформлення не чекає на Payments довше за 300 мс, тож екземпляри Checkout знову вільні, а його черга меншає. Натомість багато оформлень завершуються помилкою — швидко й зрозуміло. Але Payments і далі виконує роботу кожного виклику: тайм-аут захищає того, хто викликає, а не того, кого викликають.',
      ),
      showMe: [{ do: 'setWire', from: 'checkout', to: 'payments', key: 'timeoutMs', value: 300 }],
      runFor: 10_000,
    },
    {
      id: 'breaker',
      title: L('Stop calling for a while', 'Перестаньте викликати на якийсь час'),
      body: L(
        'On the same wire, turn on the *Circuit breaker*. After 5 failures in a row it opens: for 5 s Checkout refuses calls to Payments at once, then lets one probe through to see whether Payments has recovered.',
        'На тому самому дроті ввімкніть *Запобіжник*. Після 5 збоїв поспіль він розмикається: 5 с Checkout одразу відмовляє у викликах до Payments, а потім пропускає один пробний запит, щоб перевірити, чи Payments відновився.',
      ),
      target: { type: 'field', key: 'breaker' },
      goal: all(
        checkoutToPayments('breaker', (v) => v === true),
        metricAtLeast(shortCircuited, 10),
      ),
      keep: 'once',
      hint: L(
        'Circuit breaker is a switch further down the same wire’s inspector.',
        'Запобіжник — перемикач нижче в інспекторі того самого дроту.',
      ),
      why: L(
        'Calls refused by the open breaker fail in no time and never reach Payments: over 20 s with the breaker on, Payments got about half the calls it got with the timeout alone. Room to recover instead of a flood.',
        'Виклики, яким відмовив розімкнений запобіжник, завершуються миттєво й до Payments не доходять: за 20 с з увімкненим запобіжником Payments отримав приблизно вдвічі менше викликів, ніж із самим тайм-аутом. Простір, щоб відновитися, а не потоп.',
      ),
      showMe: [{ do: 'setWire', from: 'checkout', to: 'payments', key: 'breaker', value: true }],
      runFor: 15_000,
    },
    {
      id: 'recover',
      title: L('Payments recovers', 'Payments відновлюється'),
      body: L(
        'Right-click Payments and choose *Clear faults*. Watch the breaker on the wire: at the next probe it finds Payments healthy and closes.',
        'Клацніть правою кнопкою на Payments і оберіть *Прибрати збої*. Стежте за запобіжником на дроті: під час наступної перевірки він побачить, що Payments здоровий, і замкнеться.',
      ),
      target: { type: 'node', role: 'payments' },
      goal: all(not(faultActive('service', 'slow')), metricAtLeast(breakersClosedAgain, 1)),
      keep: 'once',
      hint: L(
        'Clear faults is at the bottom of the right-click menu. The breaker waits out its 5 s cool-down before it probes.',
        '«Прибрати збої» — унизу контекстного меню. Запобіжник спершу вичікує свої 5 с охолодження, а вже потім перевіряє.',
      ),
      why: L(
        'Nobody had to switch anything back: within one cool-down the breaker saw a healthy answer and checkouts went through again. Timeouts and breakers turn a slow dependency into a short, contained failure instead of a shop-wide stall.',
        'Нікому не довелося нічого перемикати назад: за одне охолодження запобіжник отримав здорову відповідь, і оформлення знову пішли. Тайм-аути й запобіжники перетворюють повільну залежність на коротку, локалізовану відмову, а не на зупинку всього магазину.',
      ),
      showMe: [{ do: 'fault', role: 'payments', fault: 'restore' }],
      runFor: 10_000,
    },
  ],
  check: {
    question: L(
      'Recommendations calls Pricing, which sometimes takes 10 s to answer. What keeps Recommendations healthy?',
      'Рекомендації викликають Ціни, які іноді відповідають по 10 с. Що збереже Рекомендації здоровими?',
    ),
    options: [
      {
        text: L(
          'A timeout on the call and a circuit breaker, so it fails fast and stops calling while Pricing is slow',
          'Тайм-аут на виклику й запобіжник, щоб швидко відмовляти й не викликати Ціни, поки вони повільні',
        ),
        correct: true,
      },
      {
        text: L('More instances of Recommendations', 'Більше екземплярів Рекомендацій'),
        correct: false,
      },
      {
        text: L('Retries on the call to Pricing', 'Повтори виклику до Цін'),
        correct: false,
      },
    ],
    explanation: L(
      'Every instance that calls a slow Pricing ends up waiting on it, so more instances only add more waiters, and retries add more load to a service that is already struggling. A timeout frees the caller; a breaker stops sending calls that would fail anyway and probes until Pricing is back.',
      'Кожен екземпляр, що викликає повільні Ціни, зрештою чекає на них, тож більше екземплярів лише додасть тих, хто чекає, а повтори додадуть навантаження сервісу, якому й так важко. Тайм-аут звільняє того, хто викликає; запобіжник припиняє надсилати виклики, які все одно не вдадуться, і перевіряє, доки Ціни не повернуться.',
    ),
  },
  challenge: 'retry-storm',
};
