import type { Entry } from '../core';
import type { learnEn } from './learn.en';

/** Навчання: вікно «Навчання», привітання під час першого візиту, картка уроку. */
export const learnUk: Record<keyof typeof learnEn, Entry> = {
  'learn.button': 'Навчання',
  'learn.buttonTitle': 'Покрокові уроки: побудуйте кожен патерн і подивіться, як він працює',
  'tutorial.unknown': 'Уроку «{id}» немає. Кнопка «Навчання» показує всі уроки.',
  'tutorial.progressDamaged':
    'Не вдалося прочитати ваш поступ в уроках, тож він починається наново. Старі дані відкладено як {key}.',
  'challenge.unknown': 'Завдання «{id}» немає. Кнопка «Навчання» показує всі завдання.',
  'challenge.attemptDamaged': 'Спроба в цьому посиланні неповна або пошкоджена, тож її не відкрито.',
};
