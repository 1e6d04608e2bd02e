import type { GatewaySummary, RunSummary } from '../../engine';
import { own, ownEntries, ownValues } from '../../model';
import { all, faultActive, metricAtLeast, prop, running, wired, wireProp } from '../goals';
import type { Tutorial } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

const gateways = (s: RunSummary): GatewaySummary[] => ownValues(s.gateways);

/** Calls a gateway made on the route with this prefix (`*` is the empty prefix), over every gateway. */
const routeCount = (prefix: string) => (s: RunSummary) =>
  gateways(s).reduce((n, g) => n + (own(g.routes, prefix)?.count ?? 0), 0);

/** Answers with this status that gateways gave themselves (401, 429), not their services. */
const gatewayErrors = (status: '401' | '429') => (s: RunSummary) =>
  ownValues(s.nodes)
    .filter((n) => n.kind === 'gateway')
    .reduce((sum, n) => sum + n.errors[status], 0);

/** How many times slower the slowest route of a gateway is than its fastest (routes with 10+ calls each). */
const routeSpread = (s: RunSummary) =>
  Math.max(
    0,
    ...gateways(s).map((g) => {
      const means = ownEntries(g.routes)
        .filter(([, r]) => r.count >= 10)
        .map(([, r]) => r.latency.mean);
      return means.length >= 2 ? Math.max(...means) / Math.max(1, Math.min(...means)) : 0;
    }),
  );

const isRoute = (prefix: string) => (v: unknown) => String(v).trim() === prefix;

/** Tutorial 3: one entry point in front of several services, and what it does on the way. */
export const gateway: Tutorial = {
  id: 'api-gateway',
  section: 'API Gateways',
  title: L('API gateway', 'API-шлюз'),
  summary: L(
    'Put one entry point in front of two services and give it the jobs every service would otherwise repeat: routing, tokens, rate limits, aggregation, protocol translation and per-route figures.',
    'Поставте одну точку входу перед двома сервісами й передайте їй роботу, яку інакше повторював би кожен сервіс: маршрутизацію, токени, обмеження частоти, агрегацію, трансляцію протоколів і показники для кожного маршруту.',
  ),
  minutes: 10,
  start: null,
  roles: {
    app: { kind: 'client' },
    gateway: { kind: 'gateway' },
    orders: { kind: 'service', wiredFrom: 'gateway' },
    users: { kind: 'service', wiredFrom: 'gateway' },
    profile: { kind: 'service', wiredFrom: 'gateway' },
  },
  steps: [
    {
      id: 'front-door',
      title: L('One front door', 'Єдині вхідні двері'),
      body: L(
        'A mobile app should not need to know how many services stand behind the API, or where they run. It talks to one address: the *gateway*.\n\nAdd a *Client* (the app) and an *API Gateway*, and wire the app to the gateway.',
        'Мобільному застосунку не треба знати, скільки сервісів стоїть за API і де вони працюють. Він звертається на одну адресу — до *шлюзу*.\n\nДодайте *Клієнта* (застосунок) і *API-шлюз* та зʼєднайте застосунок зі шлюзом.',
      ),
      target: { type: 'palette', kind: 'gateway' },
      goal: wired('client', 'gateway'),
      keep: 'stay',
      hint: L(
        'API Gateway is in the “Services and gateways” group. Drag from the dot on the client’s right edge onto it.',
        'API-шлюз — у групі «Сервіси та шлюзи». Потягніть від точки на правому краї клієнта до нього.',
      ),
      why: L(
        'Whatever happens behind the gateway (services split, moved, added), the app keeps one address.',
        'Хай що відбувається за шлюзом (сервіси діляться, переїжджають, додаються), застосунок зберігає одну адресу.',
      ),
      showMe: [
        { do: 'add', kind: 'client', at: { x: 40, y: 200 }, label: L('Mobile app', 'Мобільний застосунок') },
        { do: 'add', kind: 'gateway', at: { x: 320, y: 200 }, label: L('Gateway', 'Шлюз') },
        { do: 'connect', from: 'app', to: 'gateway' },
      ],
    },
    {
      id: 'route-orders',
      title: L('Route /orders', 'Маршрут /orders'),
      body: L(
        'Add a *Service* (Orders) and wire the gateway to it. Then select that wire and set its *Route path prefix* to `/orders`: requests whose path starts with it go down this wire.',
        'Додайте *Сервіс* (Замовлення) і зʼєднайте з ним шлюз. Потім виберіть цей дріт і задайте *Префікс шляху маршруту* — `/orders`: запити, шлях яких так починається, підуть цим дротом.',
      ),
      target: { type: 'field', key: 'route' },
      goal: wireProp('gateway', 'service', 'route', isRoute('/orders')),
      keep: 'stay',
      hint: L(
        'Click the wire between the gateway and the service (not the service itself); the route field is in the inspector on the right.',
        'Клацніть дріт між шлюзом і сервісом (а не сам сервіс); поле маршруту — в інспекторі праворуч.',
      ),
      why: L(
        'The gateway now owns the map from URLs to services; no client hard-codes where Orders lives.',
        'Тепер шлюз тримає карту відповідності URL і сервісів; жоден клієнт не зашиває в себе, де живе сервіс замовлень.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 620, y: 80 }, label: L('Orders', 'Замовлення') },
        { do: 'connect', from: 'gateway', to: 'orders' },
        { do: 'setWire', from: 'gateway', to: 'orders', key: 'route', value: '/orders' },
      ],
    },
    {
      id: 'route-users',
      title: L('Route /users, and ask for both', 'Маршрут /users і запити на обидва'),
      body: L(
        'Add a second service (Users), wire the gateway to it and give that wire the route `/users`.\n\nThen select the app and set its *Request paths* to `/orders:3, /users:1`: three order requests for every user request.',
        'Додайте другий сервіс (Користувачі), зʼєднайте з ним шлюз і задайте цьому дроту маршрут `/users`.\n\nПотім виберіть застосунок і задайте *Шляхи запитів* — `/orders:3, /users:1`: три запити до замовлень на кожен запит до користувачів.',
      ),
      target: { type: 'field', key: 'paths' },
      goal: all(
        wireProp('gateway', 'service', 'route', isRoute('/users')),
        prop('client', 'paths', (v) => String(v).includes('/users') && String(v).includes('/orders')),
      ),
      keep: 'stay',
      hint: L(
        'The route is on the new wire; the paths are a setting of the client. Type them exactly as shown, with the comma.',
        'Маршрут задається на новому дроті, шляхи — у налаштуваннях клієнта. Введіть їх саме так, як показано, з комою.',
      ),
      why: L(
        'Two services behind one address, and the path alone decides which one answers.',
        'Два сервіси за однією адресою, і лише шлях вирішує, котрий відповідатиме.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 620, y: 320 }, label: L('Users', 'Користувачі') },
        { do: 'connect', from: 'gateway', to: 'users' },
        { do: 'setWire', from: 'gateway', to: 'users', key: 'route', value: '/users' },
        { do: 'set', role: 'app', key: 'paths', value: '/orders:3, /users:1' },
      ],
    },
    {
      id: 'run-routes',
      title: L('Run it and read the routes', 'Запустіть і подивіться на маршрути'),
      body: L(
        'Press *Run*. Select the gateway: its metrics count the calls, errors and latency of each route separately.',
        'Натисніть *Запустити*. Виберіть шлюз: його метрики рахують виклики, помилки й затримку кожного маршруту окремо.',
      ),
      target: { type: 'run', control: 'play' },
      goal: all(running, metricAtLeast(routeCount('/orders'), 30), metricAtLeast(routeCount('/users'), 8)),
      keep: 'once',
      hint: L(
        'Press Run at the top. If one route stays at zero, check the route prefixes on the two wires and the client’s paths.',
        'Натисніть «Запустити» вгорі. Якщо один маршрут лишається на нулі, перевірте префікси на обох дротах і шляхи клієнта.',
      ),
      why: L(
        'About three of every four calls went to /orders, as the app asked. Because every request passes through it, the gateway is the one place that sees traffic per route: the analytics come with the job.',
        'Приблизно три виклики з чотирьох пішли на /orders, як і просив застосунок. Оскільки через шлюз проходить кожен запит, лише він бачить трафік по кожному маршруту: аналітика йде в комплекті.',
      ),
      showMe: [{ do: 'run' }],
      runFor: 12_000,
    },
    {
      id: 'find-slow-route',
      title: L('Which route hurts?', 'Котрий маршрут болить?'),
      body: L(
        'Right-click Users and choose *Slow down ×5*. Then select the gateway and compare the latency of its routes.',
        'Клацніть правою кнопкою на Користувачах і оберіть *Сповільнити ×5*. Потім виберіть шлюз і порівняйте затримку його маршрутів.',
      ),
      target: { type: 'node', role: 'users' },
      goal: all(faultActive('service', 'slow'), metricAtLeast(routeSpread, 2.5)),
      keep: 'once',
      hint: L(
        'The fault menu opens on right-click while the run is going. Give it 15 simulated seconds or so: the route figures add up from the start of the run.',
        'Меню збоїв відкривається правою кнопкою, поки триває прогін. Дайте йому секунд 15 змодельованого часу: показники маршрутів накопичуються від початку прогону.',
      ),
      why: L(
        'Within seconds the mean latency of /users more than doubled, and it keeps climbing towards five times, while /orders stayed near 100 ms: the gateway’s per-route figures point at the culprit before anyone opens a service’s logs.',
        'За лічені секунди середня затримка /users зросла більш ніж удвічі й далі наближається до пʼятикратної, а /orders лишився біля 100 мс: показники шлюзу за маршрутами вказують на винуватця ще до того, як хтось відкриє журнали сервісу.',
      ),
      showMe: [{ do: 'fault', role: 'users', fault: 'slow', factor: 5 }],
      runFor: 25_000,
    },
    {
      id: 'auth',
      title: L('Turn bad tokens away at the door', 'Відсійте хибні токени на вході'),
      body: L(
        'Authentication is on by default. Select the gateway and set *Requests without a valid token* to `20` %: from now on one request in five carries a bad or expired token.',
        'Автентифікацію типово ввімкнено. Виберіть шлюз і задайте *Запити без дійсного токена* — `20` %: відтепер кожен пʼятий запит має хибний або прострочений токен.',
      ),
      target: { type: 'field', key: 'unauthenticatedPct' },
      goal: all(prop('gateway', 'auth', true), metricAtLeast(gatewayErrors('401'), 10)),
      keep: 'once',
      hint: L(
        'The field appears under Authentication in the gateway’s inspector. Keep the run going until 401s show in the gateway’s errors.',
        'Поле є під «Автентифікація» в інспекторі шлюзу. Нехай прогін триває, доки в помилках шлюзу не зʼявляться 401.',
      ),
      why: L(
        'About one request in five got 401 at the gateway, in a couple of milliseconds, and neither Orders nor Users ever saw one: they can trust that whatever reaches them was authenticated.',
        'Приблизно кожен пʼятий запит отримав 401 на шлюзі за кілька мілісекунд, і ні Замовлення, ні Користувачі жодного такого не побачили: вони можуть довіряти, що все, що до них доходить, автентифіковано.',
      ),
      showMe: [{ do: 'set', role: 'gateway', key: 'unauthenticatedPct', value: 20 }],
      runFor: 10_000,
    },
    {
      id: 'rate-limit',
      title: L('Limit each client', 'Обмежте кожного клієнта'),
      body: L(
        'Turn on *Rate limiting* on the gateway and set its *Limit* to `2` per second. A client that asks faster gets `429 Too Many Requests` with a `Retry-After` header saying when to come back.',
        'Увімкніть на шлюзі *Обмеження частоти* й задайте *Ліміт* — `2` за секунду. Клієнт, що просить частіше, отримує `429 Too Many Requests` із заголовком `Retry-After`, який каже, коли повернутися.',
      ),
      target: { type: 'field', key: 'rateLimit' },
      goal: all(prop('gateway', 'rateLimit', true), metricAtLeast(gatewayErrors('429'), 8)),
      keep: 'once',
      hint: L(
        'Rate limiting is a switch in the gateway’s inspector; Limit appears below it once it is on.',
        'Обмеження частоти — перемикач в інспекторі шлюзу; «Ліміт» зʼявляється під ним, коли його ввімкнено.',
      ),
      why: L(
        'After its burst of 5, the app got 429s, waited as Retry-After told it (this client honours it) and settled at the 2 requests a second it is allowed. One counter per client at the gateway, instead of a counter in every instance of every service.',
        'Після сплеску з 5 запитів застосунок почав отримувати 429, чекав, скільки казав Retry-After (цей клієнт його дотримується), і вийшов на дозволені 2 запити за секунду. Один лічильник на клієнта на шлюзі замість лічильника в кожному екземплярі кожного сервісу.',
      ),
      showMe: [
        { do: 'set', role: 'gateway', key: 'rateLimit', value: true },
        { do: 'set', role: 'gateway', key: 'rateLimitRps', value: 2 },
      ],
      runFor: 15_000,
    },
    {
      id: 'grpc',
      title: L('Translate to gRPC', 'Перекладіть на gRPC'),
      body: L(
        'The app speaks REST with JSON, and it keeps doing so. Inside, Orders prefers gRPC. Select the wire from the gateway to Orders and set its *Protocol* to *gRPC*: the gateway translates.',
        'Застосунок говорить REST із JSON і так і далі говоритиме. Усередині ж Замовлення воліє gRPC. Виберіть дріт від шлюзу до Замовлень і задайте *Протокол* — *gRPC*: шлюз перекладатиме.',
      ),
      target: { type: 'field', key: 'protocol' },
      goal: all(
        wireProp('gateway', 'service', 'protocol', 'grpc'),
        wireProp('client', 'gateway', 'protocol', 'rest'),
      ),
      keep: 'stay',
      hint: L(
        'Click the wire from the gateway to Orders; Protocol is a list in its inspector. Leave the app’s own wire on REST.',
        'Клацніть дріт від шлюзу до Замовлень; «Протокол» — список в його інспекторі. Дріт самого застосунку лишіть на REST.',
      ),
      why: L(
        'Each side now uses what suits it: JSON for the app, compact binary for the service, and neither knows about the other. Changing an internal protocol no longer means shipping a new app.',
        'Тепер кожна сторона користується тим, що їй зручно: JSON — застосунок, компактний бінарний формат — сервіс, і жоден не знає про іншого. Зміна внутрішнього протоколу більше не вимагає випускати новий застосунок.',
      ),
      showMe: [{ do: 'setWire', from: 'gateway', to: 'orders', key: 'protocol', value: 'grpc' }],
    },
    {
      id: 'aggregate',
      title: L('One request, two answers', 'Один запит — дві відповіді'),
      body: L(
        'Every screen of the app also shows the signed-in user’s profile. Add a *Profile* service, wire the gateway to it and leave that wire’s route *empty*: an empty route matches every path.\n\nThen turn on *Aggregation* on the gateway: each request goes to its own route and to Profile at the same time, and the app gets one merged answer.',
        'Кожен екран застосунку показує ще й профіль користувача, що увійшов. Додайте сервіс *Профіль*, зʼєднайте з ним шлюз і лишіть маршрут цього дроту *порожнім*: порожній маршрут відповідає будь-якому шляху.\n\nПотім увімкніть на шлюзі *Агрегацію*: кожен запит іде одночасно за своїм маршрутом і до Профілю, а застосунок отримує одну обʼєднану відповідь.',
      ),
      target: { type: 'field', key: 'aggregate' },
      goal: all(prop('gateway', 'aggregate', true), metricAtLeast(routeCount('*'), 10)),
      keep: 'once',
      hint: L(
        'Without Aggregation, Profile gets nothing: every path has a longer, better route. The switch is in the gateway’s inspector.',
        'Без агрегації Профіль нічого не отримує: для кожного шляху є довший, точніший маршрут. Перемикач — в інспекторі шлюзу.',
      ),
      why: L(
        'One round trip from the phone now does the work of two, and on a mobile network the round trip is the expensive part. The price: each answer waits for the slower of its two branches.',
        'Тепер один запит із телефона виконує роботу двох, а в мобільній мережі саме запит туди й назад коштує найдорожче. Ціна: кожна відповідь чекає на повільнішу з двох гілок.',
      ),
      showMe: [
        { do: 'add', kind: 'service', at: { x: 620, y: 540 }, label: L('Profile', 'Профіль') },
        { do: 'connect', from: 'gateway', to: 'profile' },
        { do: 'set', role: 'gateway', key: 'aggregate', value: true },
        { do: 'run' },
      ],
      runFor: 12_000,
    },
  ],
  check: {
    question: L(
      'Each client may make 100 requests a minute across the whole API. Where is that limit best enforced?',
      'Кожен клієнт може робити 100 запитів за хвилину до всього API. Де найкраще застосувати це обмеження?',
    ),
    options: [
      {
        text: L(
          'In every service, each with its own counter',
          'У кожному сервісі, кожен зі своїм лічильником',
        ),
        correct: false,
      },
      {
        text: L(
          'At the gateway, which sees every request of the client and answers 429 with Retry-After',
          'На шлюзі, який бачить кожен запит клієнта й відповідає 429 з Retry-After',
        ),
        correct: true,
      },
      {
        text: L(
          'In the client app, which should slow itself down',
          'У клієнтському застосунку, який має сам себе гальмувати',
        ),
        correct: false,
      },
    ],
    explanation: L(
      'A limit across the whole API needs one place that sees all of a client’s requests: the gateway. Counters in each service (and each instance) see only their share, and a client cannot be trusted to limit itself; it can only be asked to, which is what Retry-After does.',
      'Обмеження на все API потребує одного місця, яке бачить усі запити клієнта, — шлюзу. Лічильники в кожному сервісі (і кожному екземплярі) бачать лише свою частку, а клієнтові не можна довіряти, що він обмежить себе сам; його можна лише попросити, що й робить Retry-After.',
    ),
  },
  challenge: 'gateway-rate-limit',
};
