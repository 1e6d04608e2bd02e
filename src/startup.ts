import { translate } from './i18n';
import { issuesText } from './panels/problemText';
import { restoreAutosave, startAutosave } from './store/autosave';
import { diagramActions } from './store/diagram';
import { loadPrefs } from './store/prefs';
import { readItem, type WriteOutcome } from './store/storage';
import { uiActions, useUi } from './store/ui';

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Restores preferences and the autosaved diagram, then keeps saving. Damaged data is kept aside and reported. */
export function startEditor(): () => void {
  loadPrefs();
  const t: Parameters<typeof issuesText>[1] = (key, params) => translate(useUi.getState().lang, key, params);
  const lang = useUi.getState().lang;
  const restored = restoreAutosave();
  let autosave = true;
  if (restored.kind === 'ok') diagramActions.replace(restored.doc);
  if (restored.kind === 'damaged') {
    const reason = issuesText(restored.issues, t, lang, 1);
    const keptAs = restored.keptAs;
    if (keptAs) {
      uiActions.notify({
        kind: 'error',
        persistent: true,
        text: t('storage.damaged', { reason, key: keptAs }),
        action: {
          label: t('storage.download'),
          run: () => download('damaged-diagram.json', readItem(keptAs) ?? ''),
        },
      });
    } else {
      autosave = false;
      const raw = readItem('apip:autosave') ?? '';
      uiActions.notify({
        kind: 'error',
        persistent: true,
        text: t('storage.damagedNotKept', { reason }),
        action: { label: t('storage.download'), run: () => download('damaged-diagram.json', raw) },
      });
    }
  }
  if (!autosave) return () => {};
  let last: WriteOutcome = 'ok';
  return startAutosave((outcome) => {
    if (outcome === last) return;
    last = outcome;
    if (outcome === 'ok') uiActions.dismissKey('storage');
    else
      uiActions.notify({
        kind: 'warning',
        key: 'storage',
        persistent: true,
        text: t(outcome === 'full' ? 'storage.full' : 'storage.unavailable'),
      });
  });
}
