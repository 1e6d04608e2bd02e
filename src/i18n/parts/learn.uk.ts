import type { Entry } from '../core';
import type { learnEn } from './learn.en';

/** Навчання: вікно «Навчання», привітання під час першого візиту, картка уроку. */
export const learnUk: Record<keyof typeof learnEn, Entry> = {
  'learn.button': 'Навчання',
  'learn.buttonTitle': 'Покрокові уроки: побудуйте кожен патерн і подивіться, як він працює',
  'learn.title': 'Вивчайте патерни інтеграції API',
  'learn.intro':
    'У кожному уроці ви власноруч будуєте один патерн, запускаєте його, ламаєте й бачите, чому він поводиться саме так. Кожен крок перевіряється на вашій діаграмі, а не кнопкою «Далі».',
  'learn.minutes': {
    one: 'близько {count} хвилини',
    few: 'близько {count} хвилин',
    many: 'близько {count} хвилин',
    other: 'близько {count} хвилини',
  },
  'learn.notStarted': 'Не розпочато',
  'learn.atStep': 'Крок {step} з {total}',
  'learn.completed': 'Пройдено',
  'learn.start': 'Почати',
  'learn.continue': 'Продовжити',
  'learn.again': 'Почати знову',
  'learn.close': 'Закрити',
  'learn.replaceNote':
    'Урок відкриває на полотні власну діаграму; вашу збережено в «Відкрити → Недавні діаграми».',
  'tutorial.region': 'Урок',
  'tutorial.stepOf': 'Крок {step} з {total}',
  'tutorial.hint': 'Підказка',
  'tutorial.why': 'Чому це важливо',
  'tutorial.done': 'Готово!',
  'tutorial.continue': 'Далі',
  'tutorial.showMe': 'Покажіть',
  'tutorial.showing': 'Виконую…',
  'tutorial.back': 'Назад',
  'tutorial.skip': 'Пропустити',
  'tutorial.restart': 'Почати спочатку',
  'tutorial.leave': 'Вийти',
  'tutorial.leaveTitle': 'Вийти з уроку; діаграма залишиться як є',
  'tutorial.broken': 'Крок {step} («{title}») більше не виконано: {hint}',
  'tutorial.question': 'Перевірте себе',
  'tutorial.answerRight': 'Правильно.',
  'tutorial.answerWrong': 'Не зовсім.',
  'tutorial.finish': 'Завершити',
  'tutorial.complete': 'Урок пройдено',
  'tutorial.completeBody':
    'Ви побудували «{title}» і побачили його в роботі. Продовжуйте гратися з діаграмою або йдіть далі.',
  'tutorial.next': 'Наступний урок: {title}',
  'tutorial.allTutorials': 'Усі уроки',
  'tutorial.announce': 'Крок {step} з {total}: {title}',
  'tutorial.unknown': 'Уроку «{id}» немає. Кнопка «Навчання» показує всі уроки.',
  'tutorial.progressDamaged':
    'Не вдалося прочитати ваш поступ в уроках, тож він починається наново. Старі дані відкладено як {key}.',
  'welcome.title': 'Вітаємо! Вивчайте патерни інтеграції, будуючи їх',
  'welcome.body':
    'Будуйте патерни інтеграції (черги, шлюзи, топіки Kafka, вебхуки): перетягуйте компоненти на полотно, натискайте «Запустити» й дивіться, як вони працюють. Вперше з ними? Короткий урок усе покаже.',
  'welcome.tutorial': 'Почати перший урок',
  'welcome.example': 'Відкрити приклад',
  'welcome.blank': 'Почати з порожнього полотна',
};
