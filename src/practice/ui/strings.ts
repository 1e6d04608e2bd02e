import type { Entry } from '../../i18n/core';

/** The Learn dialog’s, the challenge panel’s and the interview round’s words, in both languages: they load with them, not with the first page. */
export const PRACTICE_TEXT = {
  'learn.title': {
    en: 'Learn API integration patterns',
    uk: 'Вивчайте патерни інтеграції API',
  },
  'learn.intro': {
    en: 'Each tutorial has you build one pattern with your own hands, run it, break it and see why it behaves as it does. Every step is checked on your diagram, not by a Next button.',
    uk: 'У кожному уроці ви власноруч будуєте один патерн, запускаєте його, ламаєте й бачите, чому він поводиться саме так. Кожен крок перевіряється на вашій діаграмі, а не кнопкою «Далі».',
  },
  'learn.minutes': {
    en: { one: 'about {count} minute', other: 'about {count} minutes' },
    uk: {
      one: 'близько {count} хвилини',
      few: 'близько {count} хвилин',
      many: 'близько {count} хвилин',
      other: 'близько {count} хвилини',
    },
  },
  'learn.notStarted': {
    en: 'Not started',
    uk: 'Не розпочато',
  },
  'learn.atStep': {
    en: 'At step {step} of {total}',
    uk: 'Крок {step} з {total}',
  },
  'learn.completed': {
    en: 'Completed',
    uk: 'Пройдено',
  },
  'learn.start': {
    en: 'Start',
    uk: 'Почати',
  },
  'learn.continue': {
    en: 'Continue',
    uk: 'Продовжити',
  },
  'learn.again': {
    en: 'Start again',
    uk: 'Почати знову',
  },
  'learn.close': {
    en: 'Close',
    uk: 'Закрити',
  },
  'learn.replaceNote': {
    en: 'Starting a tutorial puts its own diagram on the canvas; yours is kept under Open → Recent diagrams.',
    uk: 'Урок відкриває на полотні власну діаграму; вашу збережено в «Відкрити → Недавні діаграми».',
  },
  'learn.tab.tutorials': {
    en: 'Tutorials',
    uk: 'Уроки',
  },
  'learn.tab.challenges': {
    en: 'Challenges',
    uk: 'Завдання',
  },
  'learn.tab.interview': {
    en: 'Interview practice',
    uk: 'Підготовка до співбесіди',
  },
  'challenge.intro': {
    en: 'Design something that has to hold up under load and failure. “Check” runs your diagram three times, on random runs you do not see, with the challenge’s traffic and faults; it passes when every goal holds on every run.',
    uk: 'Спроєктуйте систему, що має витримати навантаження й збої. «Перевірити» запускає вашу діаграму тричі, на випадкових прогонах, яких ви не бачите, з трафіком і збоями завдання; його зараховано, коли кожна ціль виконується в кожному прогоні.',
  },
  'challenge.practises': {
    en: 'Practises “{title}”',
    uk: 'Закріплює урок «{title}»',
  },
  'challenge.solved': {
    en: 'Solved',
    uk: 'Розвʼязано',
  },
  'challenge.best': {
    en: 'Best so far: {held} of {total} goals',
    uk: 'Найкраще: {held} з {total} цілей',
  },
  'challenge.open': {
    en: 'Open',
    uk: 'Відкрити',
  },
  'challenge.label': {
    en: 'Design challenge',
    uk: 'Завдання з проєктування',
  },
  'challenge.leave': {
    en: 'Leave the challenge; your diagram stays as it is',
    uk: 'Вийти із завдання; діаграма залишиться як є',
  },
  'challenge.goals': {
    en: 'Goals',
    uk: 'Цілі',
  },
  'challenge.check': {
    en: 'Check my design',
    uk: 'Перевірити мій проєкт',
  },
  'challenge.checking': {
    en: 'Checking on three hidden runs…',
    uk: 'Перевіряю на трьох прихованих прогонах…',
  },
  'challenge.pass': {
    en: 'Passed: every goal held on every run.',
    uk: 'Зараховано: кожна ціль виконалася в кожному прогоні.',
  },
  'challenge.notYet': {
    en: 'Not yet: some goals did not hold. The table says where.',
    uk: 'Поки що ні: деякі цілі не виконалися. Таблиця показує, де саме.',
  },
  'challenge.goal': {
    en: 'Goal',
    uk: 'Ціль',
  },
  'challenge.run': {
    en: 'Run {n}',
    uk: 'Прогін {n}',
  },
  'challenge.held': {
    en: 'held',
    uk: 'виконано',
  },
  'challenge.missed': {
    en: 'missed',
    uk: 'не виконано',
  },
  'challenge.missing': {
    en: 'Components the challenge needs were removed, so their scripted events did not happen: {ids}.',
    uk: 'Компоненти, потрібні завданню, вилучено, тож їхні заплановані події не відбулися: {ids}.',
  },
  'challenge.cannotRun': {
    en: 'This diagram cannot run yet: press Run to see what is wrong with it.',
    uk: 'Цю діаграму поки не можна запустити: натисніть «Запустити», щоб побачити, що з нею не так.',
  },
  'challenge.failed': {
    en: 'The check could not run ({reason}). Your diagram is unchanged.',
    uk: 'Перевірку не вдалося виконати ({reason}). Діаграма не змінилася.',
  },
  'challenge.share': {
    en: 'Share my attempt',
    uk: 'Поділитися спробою',
  },
  'challenge.linkLabel': {
    en: 'Link to this challenge with your diagram (copied)',
    uk: 'Посилання на завдання з вашою діаграмою (скопійовано)',
  },
  'challenge.all': {
    en: 'All challenges',
    uk: 'Усі завдання',
  },
  'interview.intro': {
    en: 'Questions an interviewer asks about these patterns. Answer in your head or in the box, then read the model answer and say how well you knew it: what you did not know comes back first next time.',
    uk: 'Питання, які ставлять на співбесідах про ці патерни. Відповідайте подумки або в полі, потім прочитайте зразкову відповідь і скажіть, наскільки добре ви її знали: те, чого ви не знали, наступного разу буде першим.',
  },
  'interview.progress': {
    en: 'Known: {known} of {total}',
    uk: 'Знаю: {known} з {total}',
  },
  'interview.start': {
    en: 'Start practising',
    uk: 'Почати тренування',
  },
  'interview.title': {
    en: 'Interview practice',
    uk: 'Підготовка до співбесіди',
  },
  'interview.count': {
    en: 'Question {n} of {total}',
    uk: 'Питання {n} з {total}',
  },
  'interview.yourAnswer': {
    en: 'Your answer (only for you; it is not saved)',
    uk: 'Ваша відповідь (лише для вас; її не зберігають)',
  },
  'interview.reveal': {
    en: 'Show the model answer',
    uk: 'Показати зразкову відповідь',
  },
  'interview.modelAnswer': {
    en: 'Model answer',
    uk: 'Зразкова відповідь',
  },
  'interview.howWell': {
    en: 'How well did you know it?',
    uk: 'Наскільки добре ви це знали?',
  },
  'interview.knew': {
    en: 'Knew it',
    uk: 'Знав(ла)',
  },
  'interview.partly': {
    en: 'Partly',
    uk: 'Частково',
  },
  'interview.notYet': {
    en: 'Not yet',
    uk: 'Ще ні',
  },
  'interview.showMe': {
    en: 'Show me',
    uk: 'Покажіть',
  },
  'interview.done': {
    en: 'That was every question. Come back later: the ones you did not know will be first.',
    uk: 'Це були всі питання. Поверніться пізніше: ті, яких ви не знали, будуть першими.',
  },
  'challenge.brief': {
    en: 'The brief',
    uk: 'Умова',
  },
} satisfies Record<string, { en: Entry; uk: Entry }>;
