import { currentLang, translate } from './i18n';
import type { issuesText } from './panels/problemText';
import {
  challengeInFragment,
  fragmentWantsOpening,
  isEmbedMode,
  loadLinkOpener,
  loadShareRuntime,
  tutorialInFragment,
} from './share';
import { downloadText } from './share/download';
import { AUTOSAVE_KEY, onOtherTabConflict, restoreAutosave, startAutosave } from './store/autosave';
import { diagramActions } from './store/diagram';
import { loadPrefs } from './store/prefs';
import { loadRecent } from './store/recent';
import { shareUiActions } from './store/shareUi';
import { probeStorage, readItem, type WriteOutcome } from './store/storage';
import { uiActions } from './store/ui';
import { learnUiActions } from './tutorials/learnUi';

type T = Parameters<typeof issuesText>[1];

function storageNotice(outcome: WriteOutcome, t: T): void {
  if (outcome === 'ok') uiActions.dismissKey('storage');
  else
    uiActions.notify({
      kind: 'warning',
      key: 'storage',
      persistent: true,
      text: t(outcome === 'full' ? 'storage.full' : 'storage.unavailable'),
    });
}

/** What `startEditor` started: a way to stop it, and the address's diagram being opened. */
export interface Started {
  stop: () => void;
  /** Settles when the diagram a `#d=` link carries is on the store (or refused); at once without one. */
  linkOpened: Promise<void>;
}

/**
 * Restores preferences and the autosaved diagram, keeps saving, then opens what the address asks
 * for (`#d=` link, `#t=` example), asking before it replaces the person's work. Damaged data is
 * kept aside and reported; storage that is full or denied is said, and editing goes on in memory.
 */
export function startEditor(): Started {
  loadPrefs();
  const t: T = (key, params) => translate(currentLang(), key, params);
  if (isEmbedMode()) {
    void loadShareRuntime().then((runtime) => runtime.startEmbed());
    return { stop: () => {}, linkOpened: Promise.resolve() };
  }
  loadRecent();
  const lang = currentLang();
  const available = probeStorage();
  if (available !== 'ok') storageNotice(available, t);
  const restored = restoreAutosave();
  let autosave = true;
  if (restored.kind === 'ok') diagramActions.replace(restored.doc, 'autosave');
  if (restored.kind === 'damaged') {
    const keptAs = restored.keptAs;
    if (!keptAs) autosave = false;
    const raw = keptAs ? '' : (readItem(AUTOSAVE_KEY) ?? '');
    // The words for what was wrong load with this rare notice, not with the first page.
    void import('./panels/problemText').then(({ issuesText }) => {
      const reason = issuesText(restored.issues, t, lang, 1);
      if (keptAs) {
        uiActions.notify({
          kind: 'error',
          persistent: true,
          text: t('storage.damaged', { reason, key: keptAs }),
          action: {
            label: t('storage.download'),
            run: () => downloadText('damaged-diagram.json', readItem(keptAs) ?? ''),
          },
        });
      } else {
        uiActions.notify({
          kind: 'error',
          persistent: true,
          text: t('storage.damagedNotKept', { reason }),
          action: { label: t('storage.download'), run: () => downloadText('damaged-diagram.json', raw) },
        });
      }
    });
  }
  onOtherTabConflict(() =>
    uiActions.notify({ kind: 'warning', key: 'tabs', persistent: true, text: t('storage.otherTab') }),
  );
  let last: WriteOutcome = available;
  const stopAutosave = autosave
    ? startAutosave((outcome) => {
        if (outcome === last) return;
        last = outcome;
        storageNotice(outcome, t);
      })
    : () => {};
  // After autosave started, so a diagram opened from the link is saved before the fragment is gone.
  // The link decoder loads only when the address carries something to open. Until it has opened
  // (or failed to), the empty canvas's welcome and hints wait (`opening`).
  const opened = () => shareUiActions.setOpening(false);
  let linkOpened = Promise.resolve();
  const onHashChange = () => {
    const tutorial = tutorialInFragment();
    if (tutorial) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      shareUiActions.setOpening(true);
      void learnUiActions
        .start(tutorial, false)
        .then((ok) => {
          if (!ok)
            uiActions.notify({ kind: 'error', key: 'load', text: t('tutorial.unknown', { id: tutorial }) });
        })
        .finally(opened);
      return;
    }
    const challenge = challengeInFragment();
    if (challenge) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      if (!challenge.payload) learnUiActions.openChallenge(challenge.id);
      else {
        shareUiActions.setOpening(true);
        void import('./share/linkCodec')
          .then(({ decodePayload }) => {
            const attempt = decodePayload(challenge.payload!);
            if (attempt.ok) learnUiActions.openChallenge(challenge.id, attempt.value);
            else uiActions.notify({ kind: 'error', key: 'load', text: t('challenge.attemptDamaged') });
          })
          .finally(opened);
      }
      return;
    }
    if (fragmentWantsOpening()) {
      performance.mark('apip:link:load');
      shareUiActions.setOpening(true);
      linkOpened = loadLinkOpener()
        .then((opener) => opener.openFromLocation())
        .catch((error: unknown) => console.error('the link could not be opened', error))
        .finally(opened);
    }
  };
  // Tutorial progress is read through its decoder off the first page load's path.
  void import('./tutorials/progress').then(({ readProgress }) => {
    const progress = readProgress();
    if (progress.kind === 'damaged')
      uiActions.notify({
        kind: 'warning',
        persistent: true,
        text: t('tutorial.progressDamaged', { key: progress.keptAs ?? '—' }),
      });
  });
  onHashChange();
  window.addEventListener('hashchange', onHashChange);
  return {
    stop: () => {
      window.removeEventListener('hashchange', onHashChange);
      stopAutosave();
    },
    linkOpened,
  };
}
