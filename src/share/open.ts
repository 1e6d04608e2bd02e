import type { MessageKey, Params } from '../i18n';
import { currentLang, translate } from '../i18n';
import { formatClock } from '../i18n/format';
import type { DiagramDocument, LoadProblem } from '../model';
import { compactDocument, documentAt } from '../model';
import { runActions } from '../run/controller';
import { currentDocument } from '../store/diagram';
import { type RecentEntry, recentDocument } from '../store/recent';
import { replaceDiagram } from '../store/replace';
import { shareUiActions } from '../store/shareUi';
import { uiActions } from '../store/ui';
import { fitBeforeRender } from './canvasView';
import { downloadText, fileBaseName } from './download';
import { documentJson } from './formats';
import { readFragment } from './linkCodec';
import { loadTemplate } from './loadTemplate';
import { loadFailedText, type Source } from './loadText';

const t = (key: MessageKey, params?: Params) => translate(currentLang(), key, params);

function sameDocument(a: DiagramDocument, b: DiagramDocument): boolean {
  return JSON.stringify(compactDocument(a)) === JSON.stringify(compactDocument(b));
}

/** A diagram's name for messages: its own, or "Untitled diagram", with some labels when known. */
export function displayName(name: string, labels = ''): string {
  if (name.trim()) return name.trim();
  return labels ? t('open.untitledWith', { labels }) : t('open.untitled');
}

/** Puts the document on screen, keeping the one it replaces in Recent diagrams first. */
function replaceKeeping(
  doc: DiagramDocument,
  name: string,
  example: string | null,
  source: Source,
  afterOpen?: () => void,
): void {
  const previous = currentDocument();
  const keep = previous.nodes.length > 0 && !sameDocument(previous, doc);
  // The view first, in the same task: the diagram's first render is then the fitted one.
  fitBeforeRender(doc.nodes);
  const kept = replaceDiagram(doc, keep, example, source);
  shareUiActions.requestFit();
  uiActions.notify({ kind: 'info', key: 'open', text: t(keep ? 'open.doneKept' : 'open.done', { name }) });
  afterOpen?.();
  if (kept !== 'ok')
    uiActions.notify({
      kind: 'warning',
      key: 'open-not-kept',
      persistent: true,
      text: t('open.notKept'),
      action: {
        label: t('open.download'),
        run: () => downloadText(`${fileBaseName(previous)}.json`, documentJson(previous)),
      },
    });
}

function question(source: Source, name: string): string {
  switch (source) {
    case 'link':
      return t('open.confirm.link');
    case 'paste':
      return t('open.confirm.paste');
    case 'file':
      return t('open.confirm.file', { name });
    case 'template':
      return t('open.confirm.template', { name });
    case 'recent':
      return t('open.confirm.recent', { name });
  }
}

/**
 * Opens a decoded document. Over the person's own non-empty diagram it asks first, and the
 * replaced diagram goes to Recent diagrams; the same diagram again just opens.
 */
export function offerDocument(
  doc: DiagramDocument,
  source: Source,
  name = displayName(doc.name),
  example: string | null = null,
  afterOpen?: () => void,
): void {
  const current = currentDocument();
  if (current.nodes.length === 0 || sameDocument(current, doc)) {
    replaceKeeping(doc, name, example, source, afterOpen);
    return;
  }
  uiActions.ask({
    title: question(source, name),
    body: t('open.confirm.body', { count: current.nodes.length }),
    confirmLabel: t('open.confirm.confirm'),
    onConfirm: () => replaceKeeping(doc, name, example, source, afterOpen),
  });
}

/** Says why something was not opened; the diagram on screen stays as it was. */
export function refuse(source: Source, problem: LoadProblem, name = ''): void {
  const lang = currentLang();
  uiActions.notify({
    kind: 'error',
    key: 'load',
    persistent: source === 'link',
    text: loadFailedText(source, problem, (k, p) => t(k, p), lang, name),
  });
}

/** Opens a built-in diagram by id. */
export async function openTemplate(id: string, name?: string): Promise<void> {
  const result = await loadTemplate(id);
  if (result.ok) offerDocument(result.value, 'template', name ?? displayName(result.value.name), id);
  else refuse('template', result.problem);
}

/** Reopens a Recent diagrams entry. */
export function openRecent(entry: RecentEntry): void {
  const result = recentDocument(entry);
  if (result.ok) offerDocument(result.value, 'recent', displayName(entry.name, entry.labels));
  else refuse('recent', result.problem);
}

/** Removes the fragment from the address bar, so a reload does not open the link again over later edits. */
export function clearFragment(): void {
  if (!location.hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** Opens whatever the page's fragment asks for (`#d=…`, `#t=…`), then clears it. */
export async function openFromLocation(): Promise<void> {
  performance.mark('apip:link:read');
  const request = readFragment(location.hash);
  performance.mark('apip:link:decoded');
  if (request.kind === 'none') return;
  clearFragment();
  if (request.kind === 'template') {
    await openTemplate(request.id);
    return;
  }
  if (!request.result.ok) {
    refuse('link', request.result.problem);
    return;
  }
  const doc = request.result.value;
  const { moment } = request;
  if (request.runDamaged)
    uiActions.notify({ kind: 'warning', key: 'moment', persistent: true, text: t('moment.damaged') });
  if (!moment) {
    offerDocument(doc, 'link');
    performance.mark('apip:link:opened');
    return;
  }
  // A moment link: the diagram as the run saw it then, and the run replayed to that moment, paused.
  const shown = { ...documentAt(doc, moment.journal, moment.atMs), run: { ...doc.run, seed: moment.seed } };
  offerDocument(shown, 'link', displayName(doc.name), null, () => {
    void runActions.openRun(
      { doc: { ...doc, run: shown.run }, seed: moment.seed, journal: moment.journal, atMs: moment.atMs },
      moment.endMs,
    );
    uiActions.notify({
      kind: 'info',
      key: 'moment',
      text: t('moment.opened', { time: formatClock(moment.atMs, currentLang(), t('unit.s')) }),
    });
  });
}
