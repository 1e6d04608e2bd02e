import type { Entry } from '../../i18n/core';

/** Presentation mode's words, in both languages: they load with the mode, not with the first page. */
export const PRESENT_TEXT = {
  title: { en: 'Presenting', uk: 'Презентація' },
  keysLabel: { en: 'Keys while presenting', uk: 'Клавіші під час презентації' },
  space: { en: 'Space', uk: 'Пробіл' },
  playPause: { en: 'play or pause', uk: 'запустити або призупинити' },
  step: { en: 'step', uk: 'крок' },
  stepBack: { en: 'step back', uk: 'крок назад' },
  speed: { en: 'slower, faster', uk: 'повільніше, швидше' },
  speedDigits: { en: 'speed 1×…20×', uk: 'швидкість 1×…20×' },
  fit: { en: 'fit to screen', uk: 'вмістити на екран' },
  click: { en: 'Click', uk: 'Клацання' },
  point: { en: 'point at a component', uk: 'вказати на компонент' },
  help: { en: 'these keys', uk: 'ці клавіші' },
  leave: { en: 'leave', uk: 'вийти' },
} satisfies Record<string, { en: Entry; uk: Entry }>;
