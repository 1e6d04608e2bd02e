import type { Entry } from '../../i18n/core';

/** The queueing-theory view's words, in both languages: they load with the view, not with the first page. */
export const QUEUEING_TEXT = {
  title: {
    en: 'Queueing theory: ρ and Little’s law',
    uk: 'Теорія масового обслуговування: ρ і закон Літтла',
  },
  intro: {
    en: 'λ is what reached each service per second over the run, μ = 1 / its mean service time, c its instances, and ρ = λ / (c·μ) the share of their time the work needs. Wq is the mean wait before an instance starts on a request: what M/M/c (Poisson arrivals, exponential service, one shared line) predicts, against what the run measured.',
    uk: 'λ — скільки запитів за секунду надійшло до сервісу за весь запуск, μ = 1 / середній час обробки, c — кількість екземплярів, а ρ = λ / (c·μ) — частка їхнього часу, якої потребує робота. Wq — середнє очікування, доки екземпляр не візьметься за запит: прогноз M/M/c (пуассонівський потік, експоненційний час обробки, одна спільна черга) поряд із виміряним у запуску.',
  },
  littleIntro: {
    en: 'Little’s law: L, the mean number of requests at the service (waiting or held by an instance, averaged over time), equals λ·W, the arrival rate times the mean time each spends there. It holds for any distribution, so on a long run the two columns should agree.',
    uk: 'Закон Літтла: L — середня кількість запитів у сервісі (тих, що чекають або обробляються, усереднена за часом) — дорівнює λ·W, тобто інтенсивності надходження, помноженій на середній час перебування запиту там. Він справджується за будь-якого розподілу, тож на довгому запуску обидва стовпці мають збігатися.',
  },
  empty: {
    en: 'No services have received work in this run yet.',
    uk: 'У цьому запуску жоден сервіс ще не отримав роботи.',
  },
  colComponent: { en: 'Service', uk: 'Сервіс' },
  colLambda: { en: 'λ/s', uk: 'λ/с' },
  colLambdaLong: {
    en: 'Arrival rate λ, per second',
    uk: 'Інтенсивність надходження λ, за секунду',
  },
  colMu: { en: 'μ/s', uk: 'μ/с' },
  colMuLong: {
    en: 'Service rate μ of one instance, per second',
    uk: 'Інтенсивність обслуговування μ одного екземпляра, за секунду',
  },
  colC: { en: 'c', uk: 'c' },
  colCLong: { en: 'Instances c', uk: 'Кількість екземплярів (каналів обслуговування) c' },
  colRho: { en: 'ρ', uk: 'ρ' },
  colRhoLong: {
    en: 'Utilization ρ = λ / (c·μ)',
    uk: 'Коефіцієнт завантаження ρ = λ / (c·μ)',
  },
  colPredicted: { en: 'Wq M/M/c', uk: 'Wq M/M/c' },
  colPredictedLong: {
    en: 'Mean wait before service that M/M/c predicts',
    uk: 'Середнє очікування до початку обробки за моделлю M/M/c',
  },
  colMeasured: { en: 'Wq measured', uk: 'Wq виміряне' },
  colMeasuredLong: {
    en: 'Mean wait before service that the run measured',
    uk: 'Середнє очікування до початку обробки, виміряне в запуску',
  },
  colLittle: { en: 'Little: L | λ·W', uk: 'Літтл: L | λ·W' },
  colLittleLong: {
    en: 'Little’s law: mean number at the service L against λ·W',
    uk: 'Закон Літтла: середня кількість запитів у сервісі L проти λ·W',
  },
  noSteadyState: { en: 'no steady state', uk: 'немає стаціонарного режиму' },
  notMeasured: { en: 'not measured', uk: 'не виміряно' },
  unstable: {
    en: {
      one: 'ρ is {rho}: requests arrive faster than {count} instance can finish them (λ ≥ c·μ), so there is no steady state and the backlog grows for as long as this lasts, until the backlog limit starts refusing requests.',
      other:
        'ρ is {rho}: requests arrive faster than {count} instances can finish them (λ ≥ c·μ), so there is no steady state and the backlog grows for as long as this lasts, until the backlog limit starts refusing requests.',
    },
    uk: {
      one: 'ρ = {rho}: запити надходять швидше, ніж {count} екземпляр встигає їх обробити (λ ≥ c·μ), тож стаціонарного режиму немає і черга росте, доки це триває, аж поки ліміт черги не почне відхиляти запити.',
      few: 'ρ = {rho}: запити надходять швидше, ніж {count} екземпляри встигають їх обробити (λ ≥ c·μ), тож стаціонарного режиму немає і черга росте, доки це триває, аж поки ліміт черги не почне відхиляти запити.',
      many: 'ρ = {rho}: запити надходять швидше, ніж {count} екземплярів встигають їх обробити (λ ≥ c·μ), тож стаціонарного режиму немає і черга росте, доки це триває, аж поки ліміт черги не почне відхиляти запити.',
      other:
        'ρ = {rho}: запити надходять швидше, ніж {count} екземпляра встигають їх обробити (λ ≥ c·μ), тож стаціонарного режиму немає і черга росте, доки це триває, аж поки ліміт черги не почне відхиляти запити.',
    },
  },
  nearSaturation: {
    en: 'ρ is {rho}: the instances are free only {idle}% of the time, so every burst takes longer to clear and the mean wait grows like 1 / (1 − ρ); as ρ reaches 1, each new request arrives, on average, before the one ahead of it is done, and the backlog grows without bound.',
    uk: 'ρ = {rho}: екземпляри вільні лише {idle}% часу, тож кожен сплеск розсмоктується довше, а середнє очікування зростає як 1 / (1 − ρ); коли ρ сягає 1, кожен новий запит у середньому надходить раніше, ніж завершено попередній, і черга росте безмежно.',
  },
  nearSaturationMeasured: {
    en: 'Its instances are busy {pct}% of the time (measured, downstream calls included): every burst takes longer to clear and the wait grows like 1 / (1 − ρ); as the load reaches capacity, each new request arrives, on average, before the one ahead of it is done, and the backlog grows without bound.',
    uk: 'Екземпляри зайняті {pct}% часу (виміряно, разом із викликами далі по ланцюжку): кожен сплеск розсмоктується довше, а очікування зростає як 1 / (1 − ρ); коли навантаження сягає пропускної здатності, кожен новий запит у середньому надходить раніше, ніж завершено попередній, і черга росте безмежно.',
  },
  constant: {
    en: 'Its service time is constant, not exponential: M/M/c is an approximation here and overstates the wait.',
    uk: 'Час обробки тут сталий, а не експоненційний: M/M/c лише наближення і завищує очікування.',
  },
  lognormal: {
    en: 'Its service time is lognormal (a long tail), not exponential: M/M/c is an approximation here and understates the wait.',
    uk: 'Час обробки тут логнормальний (із довгим хвостом), а не експоненційний: M/M/c лише наближення і занижує очікування.',
  },
  approx: {
    en: 'Allowing for how much the service time varies (Allen–Cunneen), the wait would be about {wait}.',
    uk: 'З поправкою на розкид часу обробки (формула Аллена — Каннена) очікування становило б близько {wait}.',
  },
  holdsWhileCalling: {
    en: 'It keeps an instance while its downstream calls run, so an instance is busy longer than the service time alone (measured utilization {busy} against ρ {rho}): with this μ, M/M/c understates the wait.',
    uk: 'Екземпляр лишається зайнятим, поки тривають виклики далі по ланцюжку, тож він зайнятий довше, ніж сам час обробки (виміряне завантаження {busy} проти ρ {rho}): із таким μ модель M/M/c занижує очікування.',
  },
  refused: {
    en: {
      one: '{count} request was refused at the backlog limit: the line is bounded, which M/M/c does not model, and that keeps the measured wait lower.',
      other:
        '{count} requests were refused at the backlog limit: the line is bounded, which M/M/c does not model, and that keeps the measured wait lower.',
    },
    uk: {
      one: '{count} запит відхилено через ліміт черги: черга обмежена, чого M/M/c не враховує, і тому виміряне очікування менше.',
      few: '{count} запити відхилено через ліміт черги: черга обмежена, чого M/M/c не враховує, і тому виміряне очікування менше.',
      many: '{count} запитів відхилено через ліміт черги: черга обмежена, чого M/M/c не враховує, і тому виміряне очікування менше.',
      other:
        '{count} запиту відхилено через ліміт черги: черга обмежена, чого M/M/c не враховує, і тому виміряне очікування менше.',
    },
  },
  queueWait: {
    en: 'Measured wait: the time in the queue (its mean depth divided by the delivery rate, by Little’s law) plus the time waiting at the instance.',
    uk: 'Виміряне очікування: час у черзі (її середня глибина, поділена на інтенсивність доставки, за законом Літтла) плюс час очікування на самому екземплярі.',
  },
  prefetch: {
    en: 'Prefetch {prefetch}: the queue hands messages to an instance before it is free, so they wait in line at one instance rather than in one shared line, and the measured wait exceeds what M/M/c predicts.',
    uk: 'Prefetch {prefetch}: черга передає повідомлення екземпляру ще до того, як він звільниться, тож вони чекають біля окремого екземпляра, а не в одній спільній черзі, і виміряне очікування більше за прогноз M/M/c.',
  },
  partitions: {
    en: 'Each instance reads its own partitions: c separate lines of λ/c each, so the prediction is M/M/1 per instance (if the partitions share the load evenly).',
    uk: 'Кожен екземпляр читає власні партиції: це c окремих черг по λ/c, тож прогноз — M/M/1 для кожного екземпляра (якщо партиції ділять навантаження рівномірно).',
  },
  topicWait: {
    en: 'How long records wait in the topic is not measured (the run keeps only the current lag), so no measured wait is shown.',
    uk: 'Скільки записи чекають у топіку, не вимірюється (запуск зберігає лише поточне відставання), тому виміряного очікування немає.',
  },
} satisfies Record<string, { en: Entry; uk: Entry }>;
