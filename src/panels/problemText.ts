import '../i18n/later/editorText';
import type { Translate } from '../i18n';
import { type Lang, localText, type Problem, type ValidationIssue } from '../model';

/** A problem in the person's language. */
export function problemText(problem: Problem, t: Translate, lang: Lang): string {
  switch (problem.code) {
    case 'type':
      return t('problem.type', { expected: t(`type.${problem.expected}`) });
    case 'notInteger':
      return t('problem.notInteger');
    case 'tooSmall':
      return t('problem.tooSmall', { min: problem.min });
    case 'tooLarge':
      return t('problem.tooLarge', { max: problem.max });
    case 'notAnOption':
      return t('problem.notAnOption', { options: problem.options.join(', ') });
    case 'tooLong':
      return t('problem.tooLong', { maxLength: problem.maxLength });
    case 'expected':
      return t('problem.expected', {
        expected: t(`expected.${problem.expected}`),
        received: t(`received.${problem.received}`),
      });
    case 'empty':
      return t('problem.empty');
    case 'damagedJournal':
      return t('problem.damagedJournal');
    case 'unsafeId':
      return t('problem.unsafeId');
    case 'unknownKind':
      return t('problem.unknownKind', { kind: problem.kind });
    case 'fixedWhileRunning':
      return t('problem.fixedWhileRunning');
    case 'missing':
      return t('problem.missing');
    case 'notJson':
      return t('problem.notJson', { detail: problem.detail });
    case 'missingVersion':
      return t('problem.missingVersion');
    case 'newerVersion':
      return t('problem.newerVersion', { version: problem.version });
    case 'unknownProp':
      return t('problem.unknownProp', { key: problem.key });
    case 'duplicateId':
      return t('problem.duplicateId', { id: problem.id });
    case 'missingNode':
      return t('problem.missingNode', { id: problem.id });
    case 'wiring':
      // Looked up again: a refusal reported by the engine's thread was cloned without the Ukrainian.
      return localText(problem.why, lang);
    case 'tooMany':
      return t('problem.tooMany', { max: problem.max });
    case 'migrationFailed':
      return t('problem.migrationFailed', { detail: problem.detail });
  }
}

/** The first few issues of a refused document as one sentence, each with where it is. */
export function issuesText(issues: readonly ValidationIssue[], t: Translate, lang: Lang, shown = 2): string {
  const parts = issues.slice(0, shown).map((i) => {
    const text = problemText(i.problem, t, lang);
    return i.path ? t('problem.at', { path: i.path, problem: text }) : text;
  });
  const rest = issues.length - shown;
  if (rest > 0) parts.push(t('problem.andMore', { count: rest }));
  return parts.join('; ');
}
