/**
 * The Export dialog's words for the Mermaid and AsyncAPI rows, in both languages. They ship with the
 * dialog (a lazily loaded chunk), not with the first page's dictionary. `{count}` entries have
 * plural forms.
 */
export const DOCS_DIALOG_TEXT = {
  mermaid: { en: 'Mermaid flowchart', uk: 'Блок-схема Mermaid' },
  mermaidHelp: {
    en: 'Text that GitHub, GitLab and most wikis draw as the diagram: paste it into a ```mermaid block.',
    uk: 'Текст, який GitHub, GitLab і більшість вікі малюють як діаграму: вставте його в блок ```mermaid.',
  },
  mermaidTooBig: {
    en: {
      one: 'This diagram has {count} wire; many Mermaid renderers draw at most 500.',
      other: 'This diagram has {count} wires; many Mermaid renderers draw at most 500.',
    },
    uk: {
      one: 'У діаграмі {count} зʼєднання; багато рендерерів Mermaid малюють щонайбільше 500.',
      few: 'У діаграмі {count} зʼєднання; багато рендерерів Mermaid малюють щонайбільше 500.',
      many: 'У діаграмі {count} зʼєднань; багато рендерерів Mermaid малюють щонайбільше 500.',
      other: 'У діаграмі {count} зʼєднання; багато рендерерів Mermaid малюють щонайбільше 500.',
    },
  },
  asyncapi: { en: 'AsyncAPI 3.0 document (YAML)', uk: 'Документ AsyncAPI 3.0 (YAML)' },
  asyncapiHelp: {
    en: 'The messaging part: exchanges, queues, topics and event buses as channels; who publishes and who consumes as send and receive operations.',
    uk: 'Обмін повідомленнями: обмінники, черги, топіки й шини подій як канали; хто публікує і хто споживає — як операції send і receive.',
  },
  asyncapiNone: {
    en: 'This diagram has no exchange, queue, Kafka topic or event bus, so there are no messages for AsyncAPI to describe.',
    uk: 'У цій діаграмі немає обмінника, черги, топіка Kafka чи шини подій, тож AsyncAPI нема чого описувати.',
  },
  copy: { en: 'Copy', uk: 'Копіювати' },
  copyNamed: { en: 'Copy {format}', uk: 'Копіювати {format}' },
  copied: { en: '{format} text copied.', uk: 'Текст {format} скопійовано.' },
  preview: { en: 'Show the {format} text', uk: 'Показати текст {format}' },
  preparing: { en: 'Preparing the text…', uk: 'Готуємо текст…' },
  failed: {
    en: 'The {format} text could not be made ({detail}).',
    uk: 'Не вдалося створити текст {format} ({detail}).',
  },
} as const;
