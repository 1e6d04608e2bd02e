import type { Entry } from '../i18n/core';

/** The shortcuts dialog's words, in both languages: they load with the dialog, not with the first page. */
export const SHORTCUTS_TEXT = {
  title: { en: 'Keyboard shortcuts', uk: 'Гарячі клавіші' },
  close: { en: 'Close', uk: 'Закрити' },
  delete: { en: 'Delete the selection', uk: 'Видалити виділене' },
  copy: { en: 'Copy', uk: 'Копіювати' },
  paste: { en: 'Paste', uk: 'Вставити' },
  duplicate: { en: 'Duplicate', uk: 'Дублювати' },
  selectAll: { en: 'Select everything', uk: 'Виділити все' },
  undo: { en: 'Undo', uk: 'Скасувати' },
  redo: { en: 'Redo', uk: 'Повторити' },
  multi: { en: 'Add to the selection', uk: 'Додати до виділення' },
  box: { en: 'Select with a box', uk: 'Виділити рамкою' },
  pan: { en: 'Pan the canvas', uk: 'Пересувати полотно' },
  zoom: { en: 'Zoom', uk: 'Масштаб' },
  boxKeys: { en: 'Drag on empty canvas', uk: 'Тягніть по порожньому полотну' },
  panKeys: {
    en: 'Scroll, or Space + drag, or right-drag',
    uk: 'Прокрутка, або Пробіл + тягнути, або тягнути правою кнопкою',
  },
  zoomKeys: { en: 'Ctrl + scroll, or pinch', uk: 'Ctrl + прокрутка або щипок' },
  multiKeys: { en: 'Shift + click', uk: 'Shift + клацання' },
  present: { en: 'Present (full screen)', uk: 'Презентація (на весь екран)' },
  presenting: { en: 'While presenting', uk: 'Під час презентації' },
  presentingKeys: {
    en: 'Space play or pause · . or → step · , or ← step back · + or − speed · click a component to point at it · Esc leave',
    uk: 'Пробіл — запустити або призупинити · . або → — крок · , або ← — крок назад · + або − — швидкість · клацання по компоненту — вказати на нього · Esc — вийти',
  },
} satisfies Record<string, { en: Entry; uk: Entry }>;
