import type { Entry } from '../../i18n/core';

/** The tutorial card’s and the welcome’s words, in both languages: they load with the tutorials, not with the first page. */
export const TUTORIAL_TEXT = {
  'tutorial.region': {
    en: 'Tutorial',
    uk: 'Урок',
  },
  'tutorial.stepOf': {
    en: 'Step {step} of {total}',
    uk: 'Крок {step} з {total}',
  },
  'tutorial.hint': {
    en: 'Hint',
    uk: 'Підказка',
  },
  'tutorial.why': {
    en: 'Why it matters',
    uk: 'Чому це важливо',
  },
  'tutorial.done': {
    en: 'Done!',
    uk: 'Готово!',
  },
  'tutorial.continue': {
    en: 'Continue',
    uk: 'Далі',
  },
  'tutorial.showMe': {
    en: 'Show me',
    uk: 'Покажіть',
  },
  'tutorial.showing': {
    en: 'Doing it…',
    uk: 'Виконую…',
  },
  'tutorial.back': {
    en: 'Back',
    uk: 'Назад',
  },
  'tutorial.skip': {
    en: 'Skip',
    uk: 'Пропустити',
  },
  'tutorial.restart': {
    en: 'Restart',
    uk: 'Почати спочатку',
  },
  'tutorial.leave': {
    en: 'Leave',
    uk: 'Вийти',
  },
  'tutorial.leaveTitle': {
    en: 'Leave the tutorial; your diagram stays as it is',
    uk: 'Вийти з уроку; діаграма залишиться як є',
  },
  'tutorial.broken': {
    en: 'Step {step} (“{title}”) no longer holds: {hint}',
    uk: 'Крок {step} («{title}») більше не виконано: {hint}',
  },
  'tutorial.question': {
    en: 'Check yourself',
    uk: 'Перевірте себе',
  },
  'tutorial.answerRight': {
    en: 'Right.',
    uk: 'Правильно.',
  },
  'tutorial.answerWrong': {
    en: 'Not quite.',
    uk: 'Не зовсім.',
  },
  'tutorial.finish': {
    en: 'Finish',
    uk: 'Завершити',
  },
  'tutorial.complete': {
    en: 'Tutorial complete',
    uk: 'Урок пройдено',
  },
  'tutorial.completeBody': {
    en: 'You built “{title}” and watched it run. Keep playing with the diagram, or go on.',
    uk: 'Ви побудували «{title}» і побачили його в роботі. Продовжуйте гратися з діаграмою або йдіть далі.',
  },
  'tutorial.next': {
    en: 'Next tutorial: {title}',
    uk: 'Наступний урок: {title}',
  },
  'tutorial.allTutorials': {
    en: 'All tutorials',
    uk: 'Усі уроки',
  },
  'tutorial.announce': {
    en: 'Step {step} of {total}: {title}',
    uk: 'Крок {step} з {total}: {title}',
  },
  'welcome.title': {
    en: 'Welcome! Learn integration patterns by building them',
    uk: 'Вітаємо! Вивчайте патерни інтеграції, будуючи їх',
  },
  'welcome.body': {
    en: 'Build integration patterns (queues, gateways, Kafka topics, webhooks) by dragging components onto the canvas, press Run and watch them work. New to them? A short tutorial shows you around.',
    uk: 'Будуйте патерни інтеграції (черги, шлюзи, топіки Kafka, вебхуки): перетягуйте компоненти на полотно, натискайте «Запустити» й дивіться, як вони працюють. Вперше з ними? Короткий урок усе покаже.',
  },
  'welcome.tutorial': {
    en: 'Start the first tutorial',
    uk: 'Почати перший урок',
  },
  'welcome.example': {
    en: 'Open an example',
    uk: 'Відкрити приклад',
  },
  'welcome.blank': {
    en: 'Start with a blank canvas',
    uk: 'Почати з порожнього полотна',
  },
  'tutorial.challenge': {
    en: 'Try its design challenge',
    uk: 'Спробувати завдання з проєктування',
  },
  'learn.close': {
    en: 'Close',
    uk: 'Закрити',
  },
} satisfies Record<string, { en: Entry; uk: Entry }>;
