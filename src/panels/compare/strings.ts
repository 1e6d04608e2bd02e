import type { Params } from '../../i18n';
import { interpolate, pluralForm } from '../../i18n/core';
import type { Lang } from '../../model';
import type { StoreProblem } from './runStore';

/**
 * The words of recording and comparing runs, in both languages: they load with the comparison
 * (and the recorder), not with the first page. Plural entries pick their form by `count`; the
 * number shown is `{n}`, already formatted for the language.
 */
export const COMPARE_TEXT = {
  // Sentences. A run's name is the subject in English; Ukrainian says “Прогін «…»” (masculine
  // noun) so the verb agrees whatever the name is.
  times: {
    en: { one: '{n} time', other: '{n} times' },
    uk: { one: '{n} раз', few: '{n} рази', many: '{n} разів', other: '{n} раза' },
  },
  nRequests: {
    en: { one: '{n} request', other: '{n} requests' },
    uk: { one: '{n} запит', few: '{n} запити', many: '{n} запитів', other: '{n} запиту' },
  },
  nErrors: {
    en: { one: '{n} error', other: '{n} errors' },
    uk: { one: '{n} помилка', few: '{n} помилки', many: '{n} помилок', other: '{n} помилки' },
  },
  'requests.times': {
    en: '“{more}” made {ratio} more requests than “{less}” ({x} against {y}).',
    uk: 'Прогін «{more}» зробив у {ratio} більше запитів, ніж «{less}» ({x} проти {y}).',
  },
  'requests.percent': {
    en: '“{more}” made {pct}% more requests than “{less}” ({x} against {y}).',
    uk: 'Прогін «{more}» зробив на {pct}% більше запитів, ніж «{less}» ({x} проти {y}).',
  },
  'requests.none': {
    en: '“{more}” made {what}; “{less}” made none.',
    uk: 'Прогін «{more}» зробив {what}, а «{less}» — жодного.',
  },
  'errors.times': {
    en: '“{more}” had {ratio} more errors than “{less}” ({x} against {y}).',
    uk: 'У прогоні «{more}» у {ratio} більше помилок, ніж у «{less}» ({x} проти {y}).',
  },
  'errors.percent': {
    en: '“{more}” had {pct}% more errors than “{less}” ({x} against {y}).',
    uk: 'У прогоні «{more}» на {pct}% більше помилок, ніж у «{less}» ({x} проти {y}).',
  },
  'errors.none': {
    en: '“{more}” had {what}; “{less}” had none.',
    uk: 'У прогоні «{more}» {what}, а в «{less}» — жодної.',
  },
  'p95.up': {
    en: '“{b}” added {delta} at p95 end to end ({y} against {x} in “{a}”).',
    uk: 'Прогін «{b}» додав {delta} до наскрізної затримки p95 ({y} проти {x} у «{a}»).',
  },
  'p95.down': {
    en: '“{b}” took {delta} off p95 end to end ({y} against {x} in “{a}”).',
    uk: 'Прогін «{b}» скоротив наскрізну затримку p95 на {delta} ({y} проти {x} у «{a}»).',
  },
  staleness: {
    en: 'Staleness {x} in “{a}” against {y} in “{b}”.',
    uk: 'Застарілість даних: {x} у «{a}» проти {y} у «{b}».',
  },
  'calls.down': {
    en: '“{b}” cut calls to {component} from {x} to {y} per minute.',
    uk: 'Прогін «{b}» скоротив виклики до «{component}» з {x} до {y} за хвилину.',
  },
  'calls.up': {
    en: '“{b}” raised calls to {component} from {x} to {y} per minute.',
    uk: 'Прогін «{b}» збільшив виклики до «{component}» з {x} до {y} за хвилину.',
  },
  backlog: {
    en: 'The largest backlog was {x} in “{a}” against {y} in “{b}”.',
    uk: 'Найбільша черга: {x} у «{a}» проти {y} у «{b}».',
  },
  noDifference: {
    en: 'No meaningful differences: the two runs’ figures are close to each other.',
    uk: 'Помітних відмінностей немає: показники двох прогонів близькі.',
  },
  sameRun: {
    en: 'Pick two different runs to compare.',
    uk: 'Виберіть два різні прогони, щоб їх порівняти.',
  },
  ms: { en: '{n} ms', uk: '{n} мс' },
  s: { en: '{n} s', uk: '{n} с' },

  // The dialog.
  title: { en: 'Compare runs', uk: 'Порівняння прогонів' },
  empty: {
    en: 'No recorded runs yet. Run a diagram and press “Record run”; record a second run (another diagram, or the same one after a change) to compare the two.',
    uk: 'Записаних прогонів поки немає. Запустіть діаграму й натисніть «Записати прогін»; запишіть другий прогін (іншої діаграми або тієї самої після змін), щоб порівняти їх.',
  },
  onlyOne: {
    en: 'One run recorded. Record another (another diagram, or this one after a change) to compare.',
    uk: 'Записано один прогін. Запишіть ще один (іншої діаграми або цієї після змін), щоб порівняти.',
  },
  first: { en: 'First run', uk: 'Перший прогін' },
  second: { en: 'Second run', uk: 'Другий прогін' },
  component: { en: 'Charts of', uk: 'Графіки для' },
  allComponents: { en: 'All components (sum)', uk: 'Усі компоненти (сума)' },
  differences: { en: 'Differences', uk: 'Відмінності' },
  throughput: { en: 'Completed and errors per second', uk: 'Виконано й помилок за секунду' },
  backlogChart: { en: 'Backlog and in flight', uk: 'Черга й у дорозі' },
  completed: { en: 'completed', uk: 'виконано' },
  errors: { en: 'errors', uk: 'помилки' },
  backlogSeries: { en: 'backlog', uk: 'черга' },
  inFlight: { en: 'in flight', uk: 'у дорозі' },
  noSeries: {
    en: 'No time series for this component in these runs.',
    uk: 'Для цього компонента в цих прогонах немає часових рядів.',
  },
  // The same words as exportText.ts (not imported from there: the metrics panel's chunk keeps it).
  downloadCsv: { en: 'Download CSV', uk: 'Завантажити CSV' },
  downloadPng: { en: 'Download PNG', uk: 'Завантажити PNG' },
  pngFailed: {
    en: 'The picture could not be made in this browser.',
    uk: 'Цей браузер не зміг створити зображення.',
  },
  close: { en: 'Close', uk: 'Закрити' },
  recorded: { en: 'Recorded runs', uk: 'Записані прогони' },
  recordedNote: {
    en: 'Kept in this browser only: the last {max} runs, up to {kb} KB each; the oldest goes first.',
    uk: 'Зберігаються лише в цьому браузері: останні {max} прогонів, до {kb} КБ кожен; найстаріший вилучається першим.',
  },
  runInfo: { en: '{diagram}, {duration} of virtual time', uk: '{diagram}, {duration} віртуального часу' },
  name: { en: 'Name of run', uk: 'Назва прогону' },
  rename: { en: 'Rename', uk: 'Перейменувати' },
  renameOf: { en: 'Rename “{name}”', uk: 'Перейменувати «{name}»' },
  save: { en: 'Save', uk: 'Зберегти' },
  cancel: { en: 'Cancel', uk: 'Скасувати' },
  delete: { en: 'Delete', uk: 'Видалити' },
  deleteOf: { en: 'Delete “{name}”', uk: 'Видалити «{name}»' },

  // Recording and the saved runs.
  run: { en: 'Run', uk: 'Прогін' },
  recordedAs: { en: 'Recorded “{name}”.', uk: 'Записано «{name}».' },
  evicted: {
    en: { one: 'The oldest run, “{names}”, was dropped.', other: 'The oldest runs were dropped: {names}.' },
    uk: {
      one: 'Найстаріший прогін, «{names}», вилучено.',
      few: 'Найстаріші прогони вилучено: {names}.',
      many: 'Найстаріші прогони вилучено: {names}.',
      other: 'Найстаріші прогони вилучено: {names}.',
    },
  },
  nothingToRecord: {
    en: 'Nothing to record yet: run the diagram first.',
    uk: 'Поки нічого записувати: спершу запустіть діаграму.',
  },
  storageFull: {
    en: 'The run could not be saved: this browser’s storage is full.',
    uk: 'Прогін не вдалося зберегти: сховище цього браузера заповнене.',
  },
  storageUnavailable: {
    en: 'The run could not be saved: this browser does not let the playground store data.',
    uk: 'Прогін не вдалося зберегти: цей браузер не дозволяє пісочниці зберігати дані.',
  },
  unreadable: {
    en: 'The saved runs could not be read, so the list starts empty; the old data was set aside as {keptAs}.',
    uk: 'Збережені прогони не вдалося прочитати, тож список починається порожнім; старі дані відкладено як {keptAs}.',
  },
  damaged: {
    en: {
      one: '{n} saved run was damaged and left out; it was set aside as {keptAs}.',
      other: '{n} saved runs were damaged and left out; they were set aside as {keptAs}.',
    },
    uk: {
      one: '{n} збережений прогін пошкоджено, його пропущено й відкладено як {keptAs}.',
      few: '{n} збережені прогони пошкоджено, їх пропущено й відкладено як {keptAs}.',
      many: '{n} збережених прогонів пошкоджено, їх пропущено й відкладено як {keptAs}.',
      other: '{n} збереженого прогону пошкоджено, їх пропущено й відкладено як {keptAs}.',
    },
  },
} as const;

export type CompareKey = keyof typeof COMPARE_TEXT;
export type CompareTranslate = (key: CompareKey, params?: Params) => string;

/** A translator over these texts outside React (the sentence generator and tests use it). */
export function compareTranslator(lang: Lang): CompareTranslate {
  return (key, params) => {
    const entry = COMPARE_TEXT[key][lang];
    const template = typeof entry === 'string' ? entry : pluralForm(entry, lang, Number(params?.count ?? 0));
    return interpolate(template, params);
  };
}

/** What went wrong with the saved runs, in words. */
export function storeProblemText(problem: StoreProblem, tr: CompareTranslate): string {
  return problem.type === 'unreadable'
    ? tr('unreadable', { keptAs: problem.keptAs })
    : tr('damaged', { count: problem.count, n: problem.count, keptAs: problem.keptAs });
}
