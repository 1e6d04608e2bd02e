/** The export buttons' words (the metrics panel loads only these, not the comparison's). */
export const EXPORT_TEXT = {
  downloadCsv: { en: 'Download CSV', uk: 'Завантажити CSV' },
  downloadPng: { en: 'Download PNG', uk: 'Завантажити PNG' },
  pngFailed: {
    en: 'The picture could not be made in this browser.',
    uk: 'Цей браузер не зміг створити зображення.',
  },
} as const;
