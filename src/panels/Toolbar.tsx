import { FilePlus, Keyboard, Magnet, Redo2, Undo2 } from 'lucide-react';
import { useStore } from 'zustand';
import { useT } from '../i18n';
import type { Lang } from '../model';
import { emptyDocument } from '../model';
import { ShareButtons } from '../share';
import { diagramActions, useDiagram } from '../store/diagram';
import { setLang, setSnapToGrid } from '../store/prefs';
import { uiActions, useUi } from '../store/ui';
import { RunBar } from './RunBar';

function startNew(t: ReturnType<typeof useT>): void {
  const count = useDiagram.getState().nodes.length;
  const reset = () => {
    diagramActions.replace(emptyDocument());
    uiActions.clearSelection();
  };
  if (count === 0) {
    reset();
    return;
  }
  uiActions.ask({
    title: t('confirm.new.title'),
    body: t('confirm.new.body', { count }),
    confirmLabel: t('confirm.new.confirm'),
    onConfirm: reset,
  });
}

/** The top bar: title, new, undo and redo, grid snapping, shortcuts help and the language switch. */
export function Toolbar({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const snap = useUi((s) => s.snapToGrid);
  const canUndo = useStore(useDiagram.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(useDiagram.temporal, (h) => h.futureStates.length > 0);
  return (
    <header className="toolbar">
      <h1 className="toolbar__title" title={t('app.title')}>
        {t('app.shortTitle')}
      </h1>
      <div className="toolbar__group" role="toolbar" aria-label={t('app.shortTitle')}>
        <button
          type="button"
          className="button button--icon"
          onClick={() => startNew(t)}
          aria-label={t('toolbar.new')}
          title={t('toolbar.new')}
        >
          <FilePlus size={16} aria-hidden="true" />
        </button>
        <ShareButtons />
        <button
          type="button"
          className="button button--icon"
          onClick={diagramActions.undo}
          disabled={!canUndo}
          aria-label={t('toolbar.undo')}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
        >
          <Undo2 size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={diagramActions.redo}
          disabled={!canRedo}
          aria-label={t('toolbar.redo')}
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
        >
          <Redo2 size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="button button--icon"
          aria-pressed={snap}
          onClick={() => setSnapToGrid(!snap)}
          aria-label={t('toolbar.snap')}
          title={t('toolbar.snap')}
        >
          <Magnet size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={onShowShortcuts}
          aria-label={t('toolbar.shortcuts')}
          title={t('toolbar.shortcuts')}
        >
          <Keyboard size={16} aria-hidden="true" />
        </button>
      </div>
      <RunBar />
      <label className="toolbar__lang">
        <span className="visually-hidden">{t('toolbar.language')}</span>
        <select
          value={lang}
          onChange={(e) => void setLang(e.target.value as Lang)}
          aria-label={t('toolbar.language')}
        >
          <option value="en">{t('lang.en')}</option>
          <option value="uk">{t('lang.uk')}</option>
        </select>
      </label>
    </header>
  );
}
