import '../i18n/later/shareText';
import type { Translate } from '../i18n';
import type { Lang, LoadProblem } from '../model';
import { issuesText } from '../panels/problemText';

/** Where an incoming diagram came from; it picks the wording of questions and messages. */
export type Source = 'link' | 'file' | 'paste' | 'template' | 'recent';

/** Why something could not be opened, as the end of a sentence in the person's language. */
export function loadProblemText(problem: LoadProblem, t: Translate, lang: Lang): string {
  switch (problem.code) {
    case 'linkTooLong':
      return t('load.linkTooLong', {
        length: problem.length.toLocaleString(lang),
        max: problem.max.toLocaleString(lang),
      });
    case 'damaged':
      return t('load.damaged');
    case 'tooLarge':
      return t('load.tooLarge', { maxKb: problem.maxKb.toLocaleString(lang) });
    case 'newerLink':
      return t('load.newerLink', { version: problem.version });
    case 'notDiagram':
      return t('load.notDiagram');
    case 'unknownTemplate':
      return t('load.unknownTemplate', { id: problem.id });
    case 'invalid': {
      const newer = problem.issues.find((i) => i.problem.code === 'newerVersion');
      if (newer?.problem.code === 'newerVersion')
        return t('load.newerDocument', { version: newer.problem.version });
      return t('load.invalid', { issues: issuesText(problem.issues, t, lang) });
    }
  }
}

/** The whole refusal message for a source, e.g. "This link could not be opened: … Your diagram was not changed." */
export function loadFailedText(
  source: Source,
  problem: LoadProblem,
  t: Translate,
  lang: Lang,
  name = '',
): string {
  const reason = loadProblemText(problem, t, lang);
  switch (source) {
    case 'link':
      return t('load.failed.link', { reason });
    case 'file':
      return t('load.failed.file', { reason, name });
    case 'paste':
      return t('load.failed.paste', { reason });
    case 'template':
      return t('load.failed.template', { reason });
    case 'recent':
      return t('load.failed.recent', { reason });
  }
}
