import { FilePlus, Keyboard, Magnet, Presentation, Redo2, Undo2, Workflow } from 'lucide-react';
import { useStore } from 'zustand';
import { useTidyLayout } from '../canvas/useTidyLayout';
import { useLang, useT } from '../i18n';
import type { Lang } from '../model';
import { emptyDocument } from '../model';
import { diagramActions, useDiagram } from '../store/diagram';
import { setLang, setSnapToGrid } from '../store/prefs';
import { replaceDiagram } from '../store/replace';
import { uiActions, useUi } from '../store/ui';
import { IconButton } from './IconButton';
import { InspectorToggle, PaletteToggle } from './PanelToggles';
import { togglePresentation } from './present/enter';
import { RunBar } from './RunBar';
import { ThemePicker } from './ThemePicker';

function startNew(t: ReturnType<typeof useT>): void {
  const count = useDiagram.getState().nodes.length;
  // Nothing is discarded: the diagram on screen goes to Recent diagrams.
  const reset = () => {
    replaceDiagram(emptyDocument(), useDiagram.getState().nodes.length > 0, null, 'new');
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
export function Toolbar({
  onShowShortcuts,
  fileActions,
  learn,
}: {
  onShowShortcuts: () => void;
  /** Open, export and share: they belong to the share layer, which sits above the panels. */
  fileActions: React.ReactNode;
  /** The way into the tutorials (the tutorials layer sits above the panels, too). */
  learn?: React.ReactNode;
}) {
  const t = useT();
  const lang = useLang();
  const snap = useUi((s) => s.snapToGrid);
  const canUndo = useStore(useDiagram.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(useDiagram.temporal, (h) => h.futureStates.length > 0);
  const canTidy = useDiagram((s) => s.nodes.length > 1);
  const tidy = useTidyLayout();
  const presenting = useUi((s) => s.presenting);
  return (
    <header className="toolbar">
      <PaletteToggle />
      <h1 className="toolbar__title" title={t('app.title')}>
        {t('app.shortTitle')}
      </h1>
      <div className="toolbar__group" role="toolbar" aria-label={t('app.shortTitle')}>
        <IconButton icon={FilePlus} label={t('toolbar.new')} onClick={() => startNew(t)} />
        {fileActions}
        <IconButton
          icon={Undo2}
          label={t('toolbar.undo')}
          title={`${t('toolbar.undo')} (Ctrl+Z)`}
          onClick={diagramActions.undo}
          disabled={!canUndo}
        />
        <IconButton
          icon={Redo2}
          label={t('toolbar.redo')}
          title={`${t('toolbar.redo')} (Ctrl+Shift+Z)`}
          onClick={diagramActions.redo}
          disabled={!canRedo}
        />
        <IconButton
          icon={Workflow}
          label={t('toolbar.tidy')}
          title={t('toolbar.tidyHelp')}
          onClick={() => void tidy()}
          disabled={!canTidy}
        />
        <IconButton
          icon={Magnet}
          label={t('toolbar.snap')}
          onClick={() => setSnapToGrid(!snap)}
          pressed={snap}
        />
        <IconButton icon={Keyboard} label={t('toolbar.shortcuts')} onClick={onShowShortcuts} />
      </div>
      <RunBar />
      <div className="toolbar__end">
        <button
          type="button"
          className="button toolbar__present"
          title={`${t('toolbar.present')} (P)`}
          aria-keyshortcuts="P"
          onClick={togglePresentation}
          aria-pressed={presenting}
        >
          <Presentation size={16} aria-hidden="true" /> {t('toolbar.present')}
        </button>
        {learn}
        <ThemePicker />
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
        <InspectorToggle />
      </div>
    </header>
  );
}
