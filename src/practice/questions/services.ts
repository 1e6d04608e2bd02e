import type { Question } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

/** API gateways, and microservices that deploy and fail independently. */
export const SERVICES_QUESTIONS: readonly Question[] = [
  {
    id: 'gateway-responsibilities',
    topic: 'gateway',
    question: L('What does an API gateway do?', 'Що робить API-шлюз?'),
    answer: L(
      'It is the single entry point in front of the services, and it takes over the cross-cutting work every service would otherwise repeat:\n\n- *Routing* by path prefix (`/orders`, `/users`), so clients know one address and the services behind it can move, split and scale.\n- *Authentication and authorization*: bad tokens stop at the edge with `401` or `403` and never reach a service. In the example about a fifth of the requests carry no valid token, and none of them gets past the gateway.\n- *Rate limiting*: a token bucket per client, answering `429` with `Retry-After`.\n- *Protocol translation*: REST and JSON outside, gRPC inside.\n- *Simple aggregation*: one client request fanned out to several services in parallel and answered as one.\n- *Observability*: calls, errors and latency per route, in one place.\n- Often also TLS termination, CORS, caching of public responses and limits on request size.\n\nAll of it is policy, the same for every service; none of it is business logic.',
      'Це єдина точка входу перед сервісами, і вона бере на себе наскрізну роботу, яку інакше повторював би кожен сервіс:\n\n- *Маршрутизація* за префіксом шляху (`/orders`, `/users`), тож клієнти знають одну адресу, а сервіси за нею можуть переїжджати, ділитися й масштабуватися.\n- *Автентифікація й авторизація*: хибні токени зупиняються на вході з `401` або `403` і до сервісу не доходять. У прикладі приблизно пʼята частина запитів не має дійсного токена, і жоден із них не проходить далі шлюзу.\n- *Обмеження частоти*: «відро токенів» (token bucket) для кожного клієнта, що відповідає `429` із `Retry-After`.\n- *Трансляція протоколів*: REST і JSON назовні, gRPC усередині.\n- *Проста агрегація*: один запит клієнта паралельно розходиться до кількох сервісів, а відповідь повертається одна.\n- *Спостережуваність*: виклики, помилки й затримка кожного маршруту в одному місці.\n- Часто ще й термінація TLS, CORS, кешування публічних відповідей і обмеження розміру запиту.\n\nУсе це — політики, однакові для всіх сервісів; бізнес-логіки тут немає.',
    ),
    showMe: { type: 'example', id: 'pattern-gateway', run: true },
  },
  {
    id: 'gateway-what-not-to-put',
    topic: 'gateway',
    question: L('What should not go into an API gateway?', 'Чого не варто класти в API-шлюз?'),
    answer: L(
      'Anything that belongs to one service’s domain:\n\n- *Business logic*: pricing rules, order validation, discount decisions. In the gateway they belong to no team, are tested with no service, and every change means redeploying the door every request goes through.\n- *Joins of per-service data*: building an order page from Orders, Users and Stock, with rules about which field wins. That is the job of a *backend for frontend* (BFF) owned by the client’s team, or of the service that owns that view.\n- *Orchestration*: multi-step workflows with compensation (charge, reserve, refund on failure) belong in a service or a saga, not in routing configuration.\n- *State*: user sessions or caches of business data make the gateway hard to scale and to fail over.\n\nSimple aggregation is the borderline case. A parallel fan-out with a deadline is fine, though each answer then waits for the slowest branch; once the merge needs rules, it has become a BFF. A gateway that grows this way turns into a distributed monolith that every team has to change together.',
      'Усього, що належить до домену одного сервісу:\n\n- *Бізнес-логіки*: правил ціноутворення, перевірки замовлень, рішень про знижки. У шлюзі вони не належать жодній команді, не тестуються разом із жодним сервісом, а кожна зміна означає перерозгортання дверей, через які проходить кожен запит.\n- *Обʼєднання даних різних сервісів*: збирання сторінки замовлення із Замовлень, Користувачів і Складу з правилами, чиє поле важливіше. Це робота *backend for frontend* (BFF), яким опікується команда клієнта, або сервісу, що відповідає за це подання.\n- *Оркестрації*: багатокрокові процеси з компенсацією (списати, зарезервувати, повернути кошти в разі збою) належать сервісу або сазі, а не конфігурації маршрутів.\n- *Стану*: сесії користувачів чи кеш бізнес-даних ускладнюють масштабування шлюзу й перемикання на резерв.\n\nПроста агрегація — межовий випадок. Паралельне розгалуження з дедлайном — нормально, хоча кожна відповідь тоді чекає на найповільнішу гілку; щойно обʼєднання потребує правил, воно вже стало BFF. Шлюз, що так розростається, перетворюється на розподілений моноліт, який усім командам доводиться змінювати разом.',
    ),
    showMe: { type: 'tutorial', id: 'api-gateway', step: 8 },
  },
  {
    id: 'gateway-rate-limiting',
    topic: 'gateway',
    question: L(
      'How would you rate-limit clients, and why at the gateway?',
      'Як обмежити частоту запитів клієнтів і чому саме на шлюзі?',
    ),
    answer: L(
      'The usual algorithm is a *token bucket* per client: tokens are added at the limit’s rate (say 10 a second) up to a burst size (say 5); each request takes one, and a request that finds the bucket empty gets `429 Too Many Requests` with a `Retry-After` header. The burst lets a client send a few requests at once; over any longer stretch it cannot exceed the rate.\n\nThe gateway is the right place because it sees every request of a client, whichever service it is for. Counters in each service see only their share, and with several instances each counts only what reached it: 4 instances that each allow 10 a second let a client make 40. A gateway with several instances of its own needs a shared counter (in Redis, say) or a share of the limit per instance.\n\nTwo more points interviewers like: limit by the authenticated client (API key, token subject) rather than by IP where you can, and expect well-behaved clients to honour `Retry-After` and to retry with jitter, so that limited clients do not all come back at the same moment.',
      'Звичайний алгоритм — *відро токенів* (token bucket) для кожного клієнта: токени додаються з частотою ліміту (скажімо, 10 на секунду) до розміру сплеску (скажімо, 5); кожен запит забирає один токен, а запит, що застав відро порожнім, отримує `429 Too Many Requests` із заголовком `Retry-After`. Сплеск дозволяє клієнтові надіслати кілька запитів одразу, але на довшому відрізку часу перевищити ліміт не вийде.\n\nШлюз — правильне місце, бо він бачить кожен запит клієнта, хоч до якого сервісу той іде. Лічильники в кожному сервісі бачать лише свою частку, а коли екземплярів кілька, кожен рахує тільки те, що дійшло до нього: 4 екземпляри, кожен із яких дозволяє 10 на секунду, пропустять від клієнта 40. Шлюзу з кількома власними екземплярами потрібен спільний лічильник (наприклад, у Redis) або частка ліміту на кожен екземпляр.\n\nЩе два моменти, які люблять на співбесідах: обмежуйте за автентифікованим клієнтом (API-ключ, субʼєкт токена), а не за IP, коли це можливо, і розраховуйте, що сумлінні клієнти дотримуються `Retry-After` і повторюють запити з розкидом, щоб обмежені клієнти не поверталися всі в одну мить.',
    ),
    showMe: { type: 'tutorial', id: 'api-gateway', step: 6 },
  },
  {
    id: 'independent-deploys',
    topic: 'microservices',
    question: L(
      'How do microservices get deployed independently, without downtime?',
      'Як розгортати мікросервіси незалежно й без простою?',
    ),
    answer: L(
      'Three things have to hold together:\n\n- *More than one instance* and a *rolling deploy*: instances are replaced one at a time while the others serve. In the tutorial Payments with one instance vanished for the 5 s of its deploy and the slowest checkouts waited about 5 s; with three instances the same deploy took 15 s and not one request failed.\n- *Backward-compatible APIs*: during a rolling deploy the old and new versions answer side by side, and callers are on release schedules of their own, so a new version must accept what the old one accepted and keep answering as callers expect.\n- *Isolation at run time*: a timeout and a circuit breaker on every call, so a service that is slow or restarting hurts only what really depends on it (Catalog, which calls nobody, never noticed the Payments deploy).\n\nPlus the usual tooling: health checks that take an instance out of rotation before it stops (a graceful shutdown finishes the requests in flight), and a deploy pipeline per service. If two services always have to be deployed together, they are one service cut in the wrong place.',
      'Мають виконуватися три речі разом:\n\n- *Більше ніж один екземпляр* і *поступове розгортання*: екземпляри замінюють по одному, поки решта обслуговує запити. В уроці Payments з одним екземпляром зник на 5 с свого розгортання, і найповільніші оформлення чекали близько 5 с; із трьома екземплярами те саме розгортання тривало 15 с, і жоден запит не завершився помилкою.\n- *Зворотно сумісні API*: під час поступового розгортання стара й нова версії відповідають пліч-о-пліч, а в клієнтів власні графіки випусків, тож нова версія мусить приймати те, що приймала стара, і далі відповідати так, як чекають клієнти.\n- *Ізоляція під час роботи*: тайм-аут і запобіжник на кожному виклику, щоб повільний чи перезапущений сервіс шкодив лише тому, що справді від нього залежить (Catalog, який нікого не викликає, розгортання Payments навіть не помітив).\n\nІ звичні інструменти: перевірки стану, що виводять екземпляр з обслуговування ще до зупинки (коректне завершення дає дообробити запити, що вже в роботі), і окремий конвеєр розгортання для кожного сервісу. Якщо два сервіси завжди доводиться розгортати разом, це один сервіс, розрізаний не в тому місці.',
    ),
    showMe: { type: 'tutorial', id: 'microservices', step: 3 },
  },
  {
    id: 'backward-compatible-apis',
    topic: 'microservices',
    question: L(
      'How do you change a service’s API without breaking its callers?',
      'Як змінити API сервісу, не зламавши тих, хто його викликає?',
    ),
    answer: L(
      'Change it only by adding, and split every breaking change into steps:\n\n- Add, do not alter: new fields optional, new endpoints next to the old ones; never rename, retype or remove a field in one release.\n- Be a *tolerant reader*: ignore unknown fields and do not fail on missing optional ones, so a caller on an older or newer version keeps working.\n- *Expand, migrate, contract*: ship the new field next to the old one, move every caller over (and watch the metrics until the old one gets no traffic), and only then remove it. Each step is a deploy of its own.\n- Version only what truly breaks (`/v2`, a new gRPC package or message), and keep the old version until its last caller has gone.\n- Guard it in CI: consumer-driven contract tests, or schema compatibility checks (Protobuf field numbers never reused, an Avro schema registry set to backward compatibility).\n\nThe reason is the rolling deploy itself: for as long as it runs (15 s for three instances in the tutorial, far longer in real life) the old and new versions answer the same callers, mixed at random.',
      'Змінюйте API лише додаванням, а кожну ламку зміну розбивайте на кроки:\n\n- Додавайте, а не змінюйте: нові поля — необовʼязкові, нові ендпоінти — поруч зі старими; ніколи не перейменовуйте поле, не змінюйте його тип і не видаляйте його за один випуск.\n- Будьте *толерантним читачем* (tolerant reader): ігноруйте невідомі поля й не падайте через відсутні необовʼязкові, тож клієнт на старішій чи новішій версії працює й далі.\n- *Розширити, мігрувати, звузити* (expand, migrate, contract): випустіть нове поле поруч зі старим, переведіть на нього всіх клієнтів (і стежте за метриками, доки старе не перестане отримувати трафік), і лише тоді видаліть старе. Кожен крок — окреме розгортання.\n- Нову версію вводьте лише для справді ламких змін (`/v2`, новий пакет чи повідомлення gRPC) і тримайте стару, доки не піде останній її клієнт.\n- Перевіряйте це в CI: контрактні тести, які пишуть споживачі, або перевірки сумісності схем (номери полів Protobuf ніколи не використовуються повторно, реєстр схем Avro в режимі зворотної сумісності).\n\nПричина — саме поступове розгортання: поки воно триває (15 с для трьох екземплярів в уроці, у житті значно довше), стара й нова версії відповідають тим самим клієнтам упереміш.',
    ),
    showMe: { type: 'tutorial', id: 'microservices', step: 3 },
  },
  {
    id: 'timeouts-and-circuit-breakers',
    topic: 'microservices',
    question: L(
      'Why do calls between services need timeouts and circuit breakers?',
      'Навіщо викликам між сервісами тайм-аути й запобіжники?',
    ),
    answer: L(
      'Because a slow dependency is worse than a dead one: a dead one fails fast, a slow one holds every caller’s thread, connection and instance while it thinks. In the tutorial Payments slowed from 100 to 500 ms; Checkout’s three instances spent their time waiting on it, checkouts queued inside Checkout, and the slowest took over 2 s, though nothing was wrong with Checkout itself.\n\n- A *timeout* bounds the wait: with 300 ms on the call, no checkout waits longer for Payments and Checkout’s instances are free again. It protects the caller, not the callee: Payments still does the work of every call it received.\n- A *circuit breaker* stops calling for a while after repeated failures. Here it opens after 5 failures in a row, refuses every call at once for a 5 s cool-down, then lets one probe through (half-open) and closes if it succeeds. The failing service gets room to recover instead of a flood.\n\nSet the timeout from the callee’s latency under normal load (a little above its p99), not from a round number, and make sure the caller’s own deadline is longer than what it waits for downstream.',
      'Бо повільна залежність гірша за мертву: мертва відмовляє швидко, а повільна, поки думає, тримає потік, зʼєднання й екземпляр кожного, хто її викликав. В уроці Payments сповільнився зі 100 до 500 мс; три екземпляри Checkout витрачали час на очікування, оформлення ставали в чергу всередині Checkout, і найповільніші тривали понад 2 с, хоча з самим Checkout усе було гаразд.\n\n- *Тайм-аут* обмежує очікування: з 300 мс на виклику жодне оформлення не чекає на Payments довше, і екземпляри Checkout знову вільні. Він захищає того, хто викликає, а не того, кого викликають: Payments однаково виконує роботу кожного отриманого виклику.\n- *Запобіжник* на якийсь час припиняє виклики після низки збоїв. Тут він розмикається після 5 збоїв поспіль, упродовж 5 с охолодження одразу відмовляє в кожному виклику, потім пропускає один пробний запит (напіврозімкнений стан) і замикається, якщо той вдався. Сервіс, що збоїть, отримує простір відновитися, а не потоп.\n\nТайм-аут задавайте за затримкою того, кого викликаєте, за звичайного навантаження (трохи вище за його p99), а не круглим числом, і стежте, щоб власний дедлайн клієнта був довшим за те, на що він чекає далі.',
    ),
    showMe: { type: 'tutorial', id: 'microservices', step: 6 },
  },
  {
    id: 'retry-storms',
    topic: 'microservices',
    question: L(
      'How can retries make an outage worse, and how do you retry safely?',
      'Як повтори можуть погіршити збій і як повторювати безпечно?',
    ),
    answer: L(
      'Each retry is one more request to a service that is already failing. With 3 retries and a service failing 60% of the time, each call makes on average 1 + 0.6 + 0.36 + 0.216 ≈ 2.18 attempts: in the example the naive caller sent 2,580 attempts for 1,184 calls in two minutes, and against a service that is down altogether it would be 4 times the load. Retries at several layers multiply: 3 retries at each of 3 layers is up to 4 × 4 × 4 = 64 attempts at the bottom.\n\nSafe retries:\n\n- Retry only what is safe to repeat (idempotent requests, or requests with an idempotency key) and only failures worth retrying (timeouts, 503), never a 400.\n- Exponential backoff with jitter, so that retries spread out instead of arriving in waves.\n- A *retry budget*: retries capped at a share of first attempts (10% means at most 1.1 times the load).\n- A circuit breaker, so calls stop while the service is plainly down: in the example the protected caller sent only 319 attempts for 1,235 calls.\n- Retries at one layer, not at every one.',
      'Кожен повтор — ще один запит до сервісу, який і так збоїть. Якщо повторів 3, а сервіс збоїть у 60% випадків, кожен виклик робить у середньому 1 + 0,6 + 0,36 + 0,216 ≈ 2,18 спроби: у прикладі необачний клієнт за дві хвилини надіслав 2580 спроб на 1184 виклики, а якби сервіс лежав повністю, навантаження зросло б учетверо. Повтори на кількох рівнях множаться: по 3 повтори на кожному з 3 рівнів — це до 4 × 4 × 4 = 64 спроб на найнижчому.\n\nБезпечні повтори:\n\n- Повторюйте лише те, що безпечно повторити (ідемпотентні запити або запити з ключем ідемпотентності), і лише збої, які має сенс повторювати (тайм-аути, 503), а не 400.\n- Експоненційна затримка з розкидом, щоб повтори розподілялися в часі, а не йшли хвилями.\n- *Бюджет повторів*: повтори обмежено часткою перших спроб (10% означає, що навантаження зросте щонайбільше в 1,1 раза).\n- Запобіжник, щоб виклики припинялися, поки сервіс явно лежить: у прикладі захищений клієнт надіслав лише 319 спроб на 1235 викликів.\n- Повтори на одному рівні, а не на кожному.',
    ),
    showMe: { type: 'example', id: 'pattern-retries-and-breaker', run: true },
  },
];
