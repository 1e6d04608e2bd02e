import type { Entry } from '../i18n/core';

/** The context menu's editing words, in both languages: they load with the menu, not with the first page. */
export const MENU_TEXT = {
  edit: { en: 'Edit', uk: 'Редагування' },
  duplicate: { en: 'Duplicate', uk: 'Дублювати' },
  copy: { en: 'Copy', uk: 'Копіювати' },
  properties: { en: 'Properties', uk: 'Властивості' },
  pasteHere: {
    en: { one: 'Paste {count} component here', other: 'Paste {count} components here' },
    uk: {
      one: 'Вставити сюди {count} компонент',
      few: 'Вставити сюди {count} компоненти',
      many: 'Вставити сюди {count} компонентів',
      other: 'Вставити сюди {count} компонента',
    },
  },
  selectAll: { en: 'Select all', uk: 'Виділити все' },
  fitView: { en: 'Show the whole diagram', uk: 'Показати всю діаграму' },
} satisfies Record<string, { en: Entry; uk: Entry }>;
