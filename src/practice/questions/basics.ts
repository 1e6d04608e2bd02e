import type { Question } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

/** Choosing a pattern, synchronous and asynchronous APIs, and event-driven design. */
export const BASICS_QUESTIONS: readonly Question[] = [
  {
    id: 'choosing-a-pattern',
    topic: 'patterns',
    question: L(
      'How do you choose a pattern for a given integration?',
      'Як обрати патерн для конкретної інтеграції?',
    ),
    answer: L(
      'Start from the requirements, not from the technology. Four questions settle most of it:\n\n- Does the caller need the result to carry on? If yes and it is fast, a synchronous call; if it takes seconds or more, accept the request and answer later.\n- How fresh must the data be, and how often does it change? That decides webhooks against polling, and how big a batch may grow (the batch window is the latency you agree to add).\n- How many parties care? One consumer doing a job is a queue; many independent consumers of one fact are events (a fanout exchange, a topic, an event bus).\n- What must survive an outage, and for how long? A broker buffers between the two sides; Kafka also keeps the history to replay.\n\nThen check the numbers: rates, the latency budget and the peak load. A pattern is chosen to meet the requirements for performance, real time and scalability, and one system usually needs several.',
      'Починайте з вимог, а не з технології. Здебільшого вистачає чотирьох запитань:\n\n- Чи потрібен клієнтові результат, щоб продовжити? Якщо так і він швидкий — синхронний виклик; якщо це секунди й більше — прийміть запит і відповідайте пізніше.\n- Наскільки свіжими мають бути дані й як часто вони змінюються? Від цього залежить вибір між вебхуками й опитуванням і те, наскільки великим може бути пакет (вікно пакета — це затримка, яку ви погоджуєтеся додати).\n- Скільки сторін це цікавить? Один споживач, що виконує роботу, — це черга; багато незалежних споживачів одного факту — це події (обмінник fanout, топік, шина подій).\n- Що має пережити збій і як довго? Брокер буферизує між двома сторонами; Kafka ще й зберігає історію для перечитування.\n\nПотім перевірте цифри: частоти, бюджет затримки й пікове навантаження. Патерн обирають під вимоги до продуктивності, реального часу й масштабованості, і одній системі зазвичай потрібні кілька.',
    ),
    showMe: { type: 'example', id: 'starter-queue', run: true },
  },
  {
    id: 'long-running-operations',
    topic: 'sync-async',
    question: L(
      'An operation takes 30 seconds. How do you expose it in an API?',
      'Операція триває 30 секунд. Як надати її через API?',
    ),
    answer: L(
      'Not as a request held open for 30 s: it ties up a connection and a worker the whole time, many proxies and load balancers cut idle connections after about a minute, and on a mobile network the connection may well not survive. A client that gives up and retries then starts a second job.\n\nThe usual shape is *asynchronous request-reply*:\n\n- `POST /exports` validates the request, stores a job and answers `202 Accepted` at once, with the job’s URL in `Location`.\n- The client polls `GET /exports/{id}` (the service can say how often with `Retry-After`), or leaves a callback URL, or gets a webhook or a push message when the job is done.\n- The job itself runs from a queue, on workers that can be scaled and restarted.\n- The POST takes an idempotency key, so a retried submission returns the same job instead of starting another.\n\nIn the tutorial the synchronous client managed fewer than 2 requests a second against a 600 ms service, while all 5 a second of the asynchronous one were accepted: the work takes as long as before, but the caller is free as soon as it is accepted.',
      'Не як запит, відкритий на 30 с: він увесь цей час тримає зʼєднання й обробник, багато проксі й балансувальників обривають неактивні зʼєднання приблизно за хвилину, а в мобільній мережі зʼєднання цілком може не протриматися. Клієнт, який не дочекався й повторив запит, запускає друге завдання.\n\nЗвична форма — *асинхронний запит-відповідь*:\n\n- `POST /exports` перевіряє запит, зберігає завдання й одразу відповідає `202 Accepted` з адресою завдання в `Location`.\n- Клієнт опитує `GET /exports/{id}` (сервіс може підказати, як часто, через `Retry-After`), або залишає URL для callback, або отримує вебхук чи push-повідомлення, коли завдання готове.\n- Саме завдання виконується з черги обробниками, яких можна масштабувати й перезапускати.\n- POST приймає ключ ідемпотентності, тож повторне надсилання повертає те саме завдання, а не запускає ще одне.\n\nВ уроці синхронний клієнт встигав менше ніж 2 запити на секунду до сервісу з часом обробки 600 мс, а в асинхронного приймалися всі 5 на секунду: робота триває стільки ж, але клієнт вільний, щойно її прийнято.',
    ),
    showMe: { type: 'tutorial', id: 'sync-async', step: 5 },
  },
  {
    id: 'async-client-duties',
    topic: 'sync-async',
    question: L(
      'What must a client of an asynchronous API handle that a synchronous client never sees?',
      'З чим має впоратися клієнт асинхронного API, чого ніколи не бачить синхронний?',
    ),
    answer: L(
      '- *Matching*: results arrive apart from their requests, so each request carries a correlation id (or a job id) and the client looks the result up by it.\n- *Order*: results arrive in the order jobs finish, not the order they were sent. With two workers and exponentially distributed job times, a job that starts just after another finishes first half the time.\n- *Duplicates*: callbacks and webhooks are delivered at least once, so handling a result must be idempotent, and submissions should carry an idempotency key.\n- *Failures*: an error can no longer be the HTTP status of the request; the result or the job status must carry it, and a job that never reports back needs a deadline on the client’s side.\n- *Race conditions*: the user may change or cancel something while its job runs, and a late result must not overwrite newer state (compare a version before applying it).\n\nThis is the “harder to implement” part of asynchronous APIs: the throughput comes free, the bookkeeping does not.',
      '- *Зіставлення*: результати надходять окремо від запитів, тож кожен запит несе correlation id (або id завдання), і клієнт за ним знаходить, до якого запиту результат.\n- *Порядок*: результати приходять у порядку завершення завдань, а не надсилання. Якщо обробників два, а час завдання розподілений експоненційно, завдання, що почалося трохи пізніше за інше, завершується першим у половині випадків.\n- *Дублікати*: callback і вебхуки доставляються щонайменше один раз, тож обробка результату має бути ідемпотентною, а надсилання завдань — із ключем ідемпотентності.\n- *Збої*: помилка вже не може бути HTTP-статусом запиту; її має нести результат або статус завдання, а для завдання, що так і не відповіло, клієнтові потрібен дедлайн.\n- *Стан гонитви* (race condition): поки завдання виконується, користувач може щось змінити чи скасувати, і пізній результат не має перезаписати новіший стан (перед застосуванням порівняйте версію).\n\nСаме це — «складніше реалізувати» в асинхронних API: пропускна здатність дістається задарма, а облік — ні.',
    ),
    showMe: { type: 'tutorial', id: 'sync-async', step: 6 },
  },
  {
    id: 'sync-call-chains',
    topic: 'sync-async',
    question: L(
      'Why is a long chain of synchronous calls between services risky?',
      'Чим ризикований довгий ланцюжок синхронних викликів між сервісами?',
    ),
    answer: L(
      'Because availability multiplies and latency adds. If a request passes through five services in turn and each is up 99.9% of the time, the chain is up 0.999⁵ ≈ 99.5%: about 3.6 hours of failure a month instead of 43 minutes. The latencies add up along the chain, and the tail gets worse: the more calls one request makes, the likelier one of them hits its slow p99.\n\nWorse, a slow link holds everyone above it. In the tutorial Payments slowed from 100 to 500 ms, and Checkout, which calls it synchronously, filled up with waiting requests: its slowest checkouts took over 2 s, though Checkout’s own work had not changed.\n\nThe remedies: call in parallel what does not depend on each other, put a timeout and a circuit breaker on every hop, cache what may be a little stale, and move whatever need not happen before the answer (e-mails, invoices, analytics) off the request path, onto a queue or an event.',
      'Бо доступність перемножується, а затримка додається. Якщо запит послідовно проходить пʼять сервісів і кожен доступний 99,9% часу, ланцюжок доступний 0,999⁵ ≈ 99,5%: близько 3,6 години збоїв на місяць замість 43 хвилин. Затримки вздовж ланцюжка додаються, а хвіст гіршає: що більше викликів робить один запит, то ймовірніше, що котрийсь із них потрапить на свій повільний p99.\n\nГірше того, повільна ланка тримає всіх, хто над нею. В уроці Payments сповільнився зі 100 до 500 мс, і Checkout, який викликає його синхронно, заповнився запитами, що чекали: найповільніші оформлення тривали понад 2 с, хоча власна робота Checkout не змінилася.\n\nЛіки: викликайте паралельно те, що не залежить одне від одного, ставте тайм-аут і запобіжник на кожному переході, кешуйте те, що може бути трохи застарілим, а все, що не мусить статися до відповіді (листи, рахунки, аналітику), виносьте зі шляху запиту в чергу чи подію.',
    ),
    showMe: { type: 'tutorial', id: 'microservices', step: 4 },
  },
  {
    id: 'event-notification-vs-state-transfer',
    topic: 'event-driven',
    question: L(
      'What is the difference between event notification and event-carried state transfer?',
      'Чим сповіщення про подію (event notification) відрізняється від передавання стану в події (event-carried state transfer)?',
    ),
    answer: L(
      'An *event notification* says only that something happened, with an id: `OrderPlaced {orderId: 42}`. Subscribers that need the details call the publisher back. Events stay small and there is one source of truth, but every event turns into a call from each interested subscriber: with 3 subscribers and 8 orders a second, Orders answers 24 extra reads a second, and it has to be up for anyone to act.\n\n*Event-carried state transfer* puts the data the subscribers need into the event itself (the items, the totals, the delivery address). Subscribers keep their own copy and never call back, so the publisher can be down or slow without stopping them. The price: bigger events, a schema that is now a contract, and copies that are only eventually consistent (a subscriber may act on a price that has since changed).\n\nNotification suits few subscribers needing details, or sensitive data; state transfer suits many subscribers, or subscribers that must keep working while the publisher is unavailable.',
      '*Сповіщення про подію* каже лише, що щось сталося, і дає ідентифікатор: `OrderPlaced {orderId: 42}`. Підписники, яким потрібні подробиці, звертаються по них до видавця. Події лишаються малими, а джерело правди — одне, але кожна подія перетворюється на виклик від кожного зацікавленого підписника: якщо підписників 3, а замовлень 8 на секунду, сервіс замовлень щосекунди відповідає ще на 24 запити на читання, і він мусить працювати, щоб хтось узагалі міг діяти.\n\n*Передавання стану в події* кладе в саму подію дані, потрібні підписникам (позиції, суми, адресу доставки). Підписники зберігають власну копію й ніколи не звертаються назад, тож видавець може не працювати чи гальмувати, а вони працюватимуть далі. Ціна: більші події, схема, яка тепер стає контрактом, і копії, узгоджені лише з часом (підписник може діяти за ціною, яка вже змінилася).\n\nСповіщення підходить, коли подробиці потрібні небагатьом підписникам або дані чутливі; передавання стану — коли підписників багато або коли вони мають працювати далі, поки видавець недоступний.',
    ),
    showMe: { type: 'example', id: 'pattern-event-driven', run: true },
  },
  {
    id: 'commands-vs-events',
    topic: 'event-driven',
    question: L(
      'What is the difference between a command and an event?',
      'Чим команда відрізняється від події?',
    ),
    answer: L(
      'A *command* asks one particular receiver to do something: `ChargeCard`, `SendInvoice`. It is named in the imperative, the sender expects it to be carried out (and may hear that it failed), and exactly one handler owns it, which is why commands usually travel as a direct call or through a queue with competing consumers.\n\nAn *event* states a fact that has already happened: `OrderPlaced`, `PaymentCaptured`. It is named in the past tense, cannot be refused, and goes to any number of subscribers, none of whom the publisher knows. Adding a subscriber changes nothing on the publisher’s side: in the tutorial Orders was not edited or redeployed when Analytics subscribed, and its response time stayed where it was.\n\nThe distinction is about coupling. A service that publishes `OrderPlaced` and lets Billing decide what to do is loosely coupled; one that publishes `ChargeCardNow` on a bus for Billing alone has a command dressed up as an event: all the coupling of a call, without its error handling.',
      '*Команда* просить конкретного отримувача щось зробити: `ChargeCard`, `SendInvoice`. Її називають у наказовому способі, відправник очікує, що її виконають (і може дізнатися, що не вдалося), а власник у неї рівно один — тому команди зазвичай ідуть прямим викликом або через чергу з конкурентними споживачами.\n\n*Подія* констатує факт, що вже стався: `OrderPlaced`, `PaymentCaptured`. Її називають у минулому часі, від неї не можна відмовитися, і вона йде будь-якій кількості підписників, жодного з яких видавець не знає. Новий підписник нічого не змінює на боці видавця: в уроці Замовлення ніхто не редагував і не розгортав наново, коли підписалася Аналітика, а час його відповіді лишився тим самим.\n\nРізниця — у звʼязаності. Сервіс, що публікує `OrderPlaced` і дає Білінгу самому вирішити, що робити, слабко звʼязаний; сервіс, що публікує в шину `ChargeCardNow` лише для Білінгу, має команду, перевдягнену в подію: уся звʼязаність виклику, але без обробки його помилок.',
    ),
    showMe: { type: 'tutorial', id: 'event-driven', step: 4 },
  },
  {
    id: 'event-driven-pitfalls',
    topic: 'event-driven',
    question: L(
      'What can go wrong in an event-driven system, and how do you guard against it?',
      'Що може піти не так у подієвій системі і як від цього захиститися?',
    ),
    answer: L(
      '- *Lost events*: a plain bus delivers only to the subscribers that are up. In the tutorial a subscriber stopped for 10 s missed about 50 events (every one published meanwhile, at about 5 a second), for good. Guard: durable subscriptions (a queue per subscriber) or a log such as Kafka.\n- *Duplicates*: brokers deliver at least once, so a subscriber sees some events twice. Guard: idempotent handlers, keyed by event id.\n- *Order*: two events about one order may be handled in either order by parallel consumers. Guard: partition by the entity’s key, or carry a version and ignore stale updates.\n- *Eventual consistency*: subscribers trail the publisher by milliseconds, or by minutes when there is a backlog. Guard: screens and APIs that say so, and never reading your own write from someone else’s copy.\n- *Invisible flows*: nobody calls anybody, so a failure shows far from its cause. Guard: a correlation id in every event, tracing, and alerts on lag and dead letters.\n- *Saving and publishing apart*: a service that writes its database and then publishes can crash in between. Guard: the transactional outbox.',
      '- *Втрачені події*: звичайна шина доставляє лише тим підписникам, що працюють. В уроці підписник, зупинений на 10 с, безповоротно пропустив близько 50 подій (усі, що було опубліковано за цей час, приблизно 5 на секунду). Захист: стійкі підписки (окрема черга для кожного підписника) або журнал на кшталт Kafka.\n- *Дублікати*: брокери доставляють щонайменше один раз, тож деякі події підписник бачить двічі. Захист: ідемпотентні обробники з ключем за ідентифікатором події.\n- *Порядок*: дві події про одне замовлення паралельні споживачі можуть обробити в будь-якому порядку. Захист: партиціювання за ключем сутності або версія в події, щоб ігнорувати застарілі оновлення.\n- *Узгодженість із часом*: підписники відстають від видавця на мілісекунди, а за накопиченої черги — на хвилини. Захист: екрани й API, які про це чесно кажуть, і правило ніколи не читати власний запис із чужої копії.\n- *Невидимі потоки*: ніхто нікого не викликає, тож збій проявляється далеко від причини. Захист: correlation id у кожній події, трасування, сповіщення про відставання й недоставлені повідомлення.\n- *Збереження й публікація окремо*: сервіс, що записує в базу, а потім публікує, може впасти між цими кроками. Захист: транзакційний outbox.',
    ),
    showMe: { type: 'tutorial', id: 'event-driven', step: 5 },
  },
];
