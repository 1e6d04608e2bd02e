import type { Question } from '../types';

const L = (en: string, uk: string) => ({ en, uk });

/** Polling and webhooks made safe; batches and how big they should be. */
export const WEBHOOKS_BATCH_QUESTIONS: readonly Question[] = [
  {
    id: 'polling-cost',
    topic: 'webhooks-polling',
    question: L('How do you estimate what polling costs?', 'Як оцінити, чого коштує опитування?'),
    answer: L(
      'Three numbers: the poll interval T, the rate of changes r, and how many things you poll.\n\n- *Wasted polls*: with changes at random (Poisson) times, a poll finds nothing with probability e^(−rT). A change every 10 s on average and a poll every 5 s give e^−0.5 ≈ 61% empty polls; the tutorial measures about that.\n- *Staleness*: a change waits on average half an interval before a poll sees it, 2.5 s at T = 5 s, and a whole interval at worst.\n- *Volume*: one resource polled every second is 86,400 requests a day and about 31.5 million a year; 10,000 customers polled every minute is 14.4 million requests a day, nearly all of them answered “nothing new”.\n\nHalving T halves the staleness and doubles the requests, and the share wasted grows. Conditional requests (`ETag` and `304 Not Modified`) make each wasted poll cheaper, not rarer; long polling (the server holds the request until there is a change or a timeout) cuts both the waste and the staleness, at the cost of connections held open.',
      'Три числа: інтервал опитування T, частота змін r і кількість того, що ви опитуєте.\n\n- *Марні опитування*: якщо зміни стаються у випадкові (пуассонівські) моменти, опитування нічого не знаходить з імовірністю e^(−rT). Зміна в середньому раз на 10 с і опитування кожні 5 с дають e^−0,5 ≈ 61% порожніх опитувань; урок показує приблизно стільки ж.\n- *Застарілість*: зміна чекає в середньому пів інтервалу, доки її побачить опитування, — 2,5 с при T = 5 с, а в найгіршому разі цілий інтервал.\n- *Обсяг*: один ресурс, який опитують щосекунди, — це 86 400 запитів на добу й близько 31,5 мільйона на рік; 10 000 клієнтів, яких опитують щохвилини, — 14,4 мільйона запитів на добу, і майже на всі відповідь «нічого нового».\n\nУдвічі коротший T удвічі зменшує застарілість і подвоює кількість запитів, а частка марних зростає. Умовні запити (`ETag` і `304 Not Modified`) роблять кожне марне опитування дешевшим, але не рідшим; довге опитування (сервер тримає запит, доки не станеться зміна або не мине тайм-аут) скорочує і марні запити, і застарілість — ціною відкритих зʼєднань.',
    ),
    showMe: { type: 'tutorial', id: 'webhooks-polling', step: 2 },
  },
  {
    id: 'safe-webhook-receiver',
    topic: 'webhooks-polling',
    question: L(
      'How do you build a webhook receiver that is safe to rely on?',
      'Як зробити отримувача вебхуків, на якого можна покластися?',
    ),
    answer: L(
      'A webhook endpoint is a public URL, and deliveries come at least once, so the receiver must check, deduplicate and answer quickly:\n\n- *Verify the signature*: the provider signs the raw body and a timestamp with a shared secret (typically HMAC-SHA256); recompute it over the exact bytes received and compare in constant time. Reject whatever does not match: in the tutorial every forged delivery was turned away, and without the check each would have marked a payment as paid.\n- *Reject replays*: refuse deliveries whose signed timestamp is older than a few minutes (the playground’s tolerance is 300 s), so a captured request cannot be sent again later.\n- *Deduplicate*: store the event id and skip an event already processed (a unique constraint, in the same transaction as the effect).\n- *Answer 2xx fast, process later*: put the event on a queue and acknowledge within the provider’s timeout (5 s here). A slow receiver gets timeouts, and timeouts turn into retries and duplicates.\n- *Expect retries*: a failed delivery is retried with exponential backoff and jitter (here random waits of up to 1, 2, 4, 8 and 16 s, 6 attempts in all); a receiver failing half the time still gets all but about 1 change in 64, since 0.5⁶ = 1/64.\n- When the stakes are high, treat the payload as a hint: fetch the current state from the provider’s API before acting on it.',
      'Адреса вебхука — публічний URL, а доставки приходять щонайменше один раз, тож отримувач має перевіряти, відкидати дублікати й відповідати швидко:\n\n- *Перевіряйте підпис*: провайдер підписує сире тіло й мітку часу спільним секретом (зазвичай HMAC-SHA256); обчисліть підпис над точно тими байтами, що надійшли, і порівнюйте за сталий час. Відхиляйте все, що не збігається: в уроці кожну підроблену доставку відхилено, а без перевірки кожна з них позначила б платіж як оплачений.\n- *Відхиляйте повторне відтворення*: не приймайте доставки, підписана мітка часу яких старша за кілька хвилин (допуск у пісочниці — 300 с), щоб перехоплений запит не можна було надіслати згодом.\n- *Відкидайте дублікати*: зберігайте ідентифікатор події й пропускайте вже оброблену (унікальне обмеження в тій самій транзакції, що й сама дія).\n- *Відповідайте 2xx швидко, обробляйте пізніше*: покладіть подію в чергу й підтвердьте доставку в межах тайм-ауту провайдера (тут 5 с). Повільний отримувач ловить тайм-аути, а тайм-аути стають повторами й дублікатами.\n- *Розраховуйте на повтори*: невдалу доставку повторюють з експоненційною затримкою й розкидом (тут випадкові паузи до 1, 2, 4, 8 і 16 с, усього 6 спроб); отримувач, що збоїть у половині випадків, усе одно отримує всі зміни, крім приблизно 1 з 64, бо 0,5⁶ = 1/64.\n- Якщо ставки високі, сприймайте вміст як підказку: перед дією візьміть актуальний стан з API провайдера.',
    ),
    showMe: { type: 'tutorial', id: 'webhooks-polling', step: 5 },
  },
  {
    id: 'webhook-idempotency',
    topic: 'webhooks-polling',
    question: L(
      'Webhook deliveries can arrive twice. How do you make their processing idempotent?',
      'Доставки вебхуків можуть надходити двічі. Як зробити їхню обробку ідемпотентною?',
    ),
    answer: L(
      'Duplicates are normal, not a bug: the provider retries whenever it does not see your 2xx in time, even if the work was done (you processed the event, then your answer was lost or too slow). So it is the receiver, not the provider, that guarantees “once”:\n\n- Every event carries a unique id (or an idempotency key). Record the ids you have processed and drop a delivery whose id is already there.\n- Record the id in the same transaction as the effect (a table with a unique constraint on the id), so that a crash between the two cannot leave the effect done and the id missing, or the other way round.\n- Keep the ids at least as long as the provider may retry (hours or days), then expire them; the playground’s idempotent receiver remembers the last 65,536.\n- Where you can, make the effect itself idempotent: “set the status to paid” is safe to repeat, “add 10 to the balance” is not.\n\nIn the tutorial, with 20% of deliveries duplicated, the plain receiver processed more deliveries than there were changes; with the idempotent receiver every change was processed exactly once, however many times it arrived.',
      'Дублікати — норма, а не помилка: провайдер повторює доставку щоразу, коли вчасно не бачить вашої 2xx, навіть якщо роботу вже зроблено (ви обробили подію, а відповідь загубилася чи запізнилася). Тож «один раз» гарантує отримувач, а не провайдер:\n\n- Кожна подія має унікальний ідентифікатор (або ключ ідемпотентності). Записуйте ідентифікатори оброблених подій і відкидайте доставку, чий ідентифікатор уже є.\n- Записуйте ідентифікатор у тій самій транзакції, що й саму дію (таблиця з унікальним обмеженням на ідентифікатор), щоб збій між ними не лишив дію виконаною без ідентифікатора чи навпаки.\n- Зберігайте ідентифікатори щонайменше стільки, скільки провайдер може повторювати (години чи дні), а потім видаляйте; ідемпотентний отримувач у пісочниці памʼятає останні 65 536.\n- Де можливо, робіть ідемпотентною саму дію: «встановити статус оплачено» можна безпечно повторювати, «додати 10 до балансу» — ні.\n\nВ уроці, коли 20% доставок дублювалися, звичайний отримувач обробив більше доставок, ніж було змін; з ідемпотентним отримувачем кожну зміну оброблено рівно один раз, хоч скільки разів вона надходила.',
    ),
    showMe: { type: 'tutorial', id: 'webhooks-polling', step: 8 },
  },
  {
    id: 'batch-vs-stream',
    topic: 'batch',
    question: L('Batch or stream processing: how do you choose?', 'Пакетна чи потокова обробка: як обрати?'),
    answer: L(
      '*Batch processing* collects items and handles them together: a bulk insert every second, a nightly export, an hourly settlement file. Each call’s fixed cost (connection, round trip, transaction, commit) is paid once per batch instead of once per item, a batch is easy to retry as a unit, and throughput is high. The price is latency: an item waits for its batch.\n\n*Stream processing* handles each item as it arrives (a consumer of a queue or a Kafka topic, a Streams job): results within milliseconds, but the per-item overhead is paid every time, and the consumer must keep up with the peak rate.\n\nChoose by the latency that the users of the result can accept, not by fashion: dashboards that may be a few seconds behind, reports and bulk writes suit batches; fraud checks and alerts need streams. Most real pipelines sit in between, as a stream with *micro-batches* (a sink that writes once a second, a batcher with a size and a window), which keeps most of the savings and bounds the wait.',
      '*Пакетна обробка* збирає елементи й обробляє їх разом: масовий запис щосекунди, нічне вивантаження, щогодинний файл розрахунків. Фіксовану ціну кожного виклику (зʼєднання, мережевий перехід, транзакцію, фіксацію) платять раз на пакет, а не за кожен елемент, пакет легко повторити цілим, а пропускна здатність висока. Ціна — затримка: елемент чекає на свій пакет.\n\n*Потокова обробка* обробляє кожен елемент, щойно він надійшов (споживач черги чи топіка Kafka, завдання Streams): результат за мілісекунди, але накладні витрати на елемент платять щоразу, і споживач мусить встигати за піковою частотою.\n\nОбирайте за затримкою, яку можуть прийняти ті, кому потрібен результат, а не за модою: дашбордам, що можуть відставати на кілька секунд, звітам і масовим записам підходять пакети; перевірки на шахрайство й сповіщення потребують потоків. Більшість справжніх конвеєрів десь посередині: це потік із *мікропакетами* (sink, що пише раз на секунду, пакетний обробник із розміром і вікном), який зберігає більшість заощаджень і обмежує очікування.',
    ),
    showMe: { type: 'example', id: 'pattern-batching', run: true },
  },
  {
    id: 'batch-size-vs-window',
    topic: 'batch',
    question: L(
      'A batcher has a size and a window. What does each do, and how do you set them?',
      'Пакетний обробник має розмір і вікно. Що робить кожен параметр і як їх задати?',
    ),
    answer: L(
      'A batch is sent when it holds *size* items or when the *window* has passed since its first item, whichever comes first. The size bounds the batch when traffic is heavy; the window bounds the wait when it is light.\n\nWith items arriving at a rate λ, a batch closed by its size n fills in n / λ, and an item waits in it about (n − 1) / (2λ) on average; the share of calls saved is 1 − 1/n. At 50 items a second, the tutorial’s set-up gives:\n\n- size 1: about 500 writes in 10 s, about 25 ms per item;\n- size 20: fills in 0.4 s, 25 writes in 10 s (95% saved), mean latency about 220 ms;\n- size 200 with a 1 s window: 200 items would take 4 s, so the window closes each batch at about 50 (98% saved), mean latency about 540 ms, p95 about 1 s;\n- size 200 with a 200 ms window: about 11 items a batch, 90% saved, p95 about 230 ms.\n\nSo set the window from the latency budget (it is the longest an item may wait for company), and the size from what the receiver handles well in one call (payload limits, transaction size) at the peak rate.',
      'Пакет відправляється, коли в ньому набралося стільки елементів, скільки задає *розмір*, або коли від першого елемента минуло *вікно* — що станеться раніше. Розмір обмежує пакет, коли трафік великий; вікно обмежує очікування, коли він малий.\n\nЯкщо елементи надходять із частотою λ, пакет, який закриває розмір n, наповнюється за n / λ, а елемент чекає в ньому в середньому приблизно (n − 1) / (2λ); частка заощаджених викликів — 1 − 1/n. При 50 елементах на секунду налаштування уроку дають:\n\n- розмір 1: близько 500 записів за 10 с, близько 25 мс на елемент;\n- розмір 20: наповнюється за 0,4 с, 25 записів за 10 с (заощаджено 95%), середня затримка близько 220 мс;\n- розмір 200 з вікном 1 с: на 200 елементів пішло б 4 с, тож кожен пакет закриває вікно, приблизно на 50 елементах (заощаджено 98%), середня затримка близько 540 мс, p95 — близько 1 с;\n- розмір 200 з вікном 200 мс: близько 11 елементів у пакеті, заощаджено 90%, p95 — близько 230 мс.\n\nТож вікно задавайте за бюджетом затримки (це найдовше, що елемент може чекати на компанію), а розмір — за тим, що отримувач добре обробляє за один виклик (обмеження розміру даних, розмір транзакції) за пікової частоти.',
    ),
    showMe: { type: 'tutorial', id: 'batch', step: 6 },
  },
  {
    id: 'batch-diminishing-returns',
    topic: 'batch',
    question: L(
      'Bigger batches save more calls. Why not make them as big as possible?',
      'Більші пакети заощаджують більше викликів. Чому б не робити їх якомога більшими?',
    ),
    answer: L(
      'Because the savings flatten out while the costs keep growing. The share of calls saved is 1 − 1/n: 95% at n = 20, 98% at 50, 99.5% at 200. Going from 20 to 200 removes only another 4.5% of the original calls, but the wait grows about tenfold, and at a modest rate the batch may never fill: at 50 items a second, 200 items take 4 s to collect, so the window decides and the size setting does nothing.\n\nBig batches cost elsewhere too:\n\n- a failure fails or retries everything in the batch, so one bad item can hold back thousands (split the batch and retry, or set the bad item aside in a dead-letter store);\n- memory and payload limits, and long transactions that hold locks;\n- bursty load on the receiver: one huge write instead of a steady trickle.\n\nA rule of thumb, not a law: grow the batch until the per-call overhead is a small part of the total (often tens to a few hundred items), keep the window inside the latency budget, and measure rather than guess.',
      'Бо заощадження вирівнюються, а витрати ростуть далі. Частка заощаджених викликів — 1 − 1/n: 95% при n = 20, 98% при 50, 99,5% при 200. Перехід від 20 до 200 прибирає лише ще 4,5% початкових викликів, але очікування зростає приблизно вдесятеро, а за помірної частоти пакет може й не наповнитися: при 50 елементах на секунду 200 збираються 4 с, тож вирішує вікно, а налаштування розміру нічого не дає.\n\nВеликі пакети коштують і деінде:\n\n- збій валить або повторює весь пакет, тож один поганий елемент може затримати тисячі (розділіть пакет і повторіть або відкладіть поганий елемент у сховище недоставлених);\n- обмеження памʼяті й розміру даних, довгі транзакції, що тримають блокування;\n- нерівне навантаження на отримувача: один величезний запис замість рівного потоку.\n\nЕмпіричне правило, а не закон: збільшуйте пакет, доки накладні витрати на виклик не стануть малою часткою загальних (часто це від десятків до кількох сотень елементів), тримайте вікно в межах бюджету затримки й вимірюйте, а не вгадуйте.',
    ),
    showMe: { type: 'tutorial', id: 'batch', step: 5 },
  },
];
