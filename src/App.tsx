import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, useState } from 'react';
import { CrashBoundary } from './CrashBoundary';
import { Canvas } from './canvas/Canvas';
import { LazyPalette } from './canvas/lazy';
import { type MessageKey, useT } from './i18n';
import {
  LazyConfirmDialog,
  LazyInspector,
  LazyPresenter,
  LazyShortcutsDialog,
  LazyTimeline,
} from './panels/lazy';
import { Notices } from './panels/Notices';
import { useWorkspaceClass } from './panels/PanelToggles';
import { Toolbar } from './panels/Toolbar';
import { PracticeLayer } from './practice/ui/PracticeLayer';
import { EmbedView, isEmbedMode, ShareButtons, ShareLayer } from './share';
import { useDiagram } from './store/diagram';
import { readItem, removeItem } from './store/storage';
import { useUi } from './store/ui';
import { LearnButton } from './tutorials/ui/LearnButton';
import { Shortcuts } from './useShortcuts';

/** Set by the end-to-end tests only: the next render with a component on the canvas throws, once. */
export const TEST_CRASH_KEY = 'apip:test:crash';

let crashArmed = false;

function TestCrashSwitch() {
  const nodeCount = useDiagram((s) => s.nodes.length);
  if (nodeCount > 0 && (crashArmed || readItem(TEST_CRASH_KEY) === 'render')) {
    // Cleared in storage (a reload starts normally) but kept armed here: React renders again
    // after an error, and that second render must fail too.
    crashArmed = true;
    removeItem(TEST_CRASH_KEY);
    throw new Error('a forced render crash (test switch)');
  }
  return null;
}

/**
 * A side panel's box and title while its contents load (right after the first paint): the same
 * element and class as the panel, so nothing around it moves when the contents arrive.
 */
function PanelBox({ className, title }: { className: string; title: MessageKey }) {
  const t = useT();
  return (
    <aside className={className} aria-label={t(title)} aria-busy="true">
      <h2 className="panel-title">{t(title)}</h2>
    </aside>
  );
}

function Editor() {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const workspaceClass = useWorkspaceClass();
  // Presenting: the canvas alone, with the run bar; the palette and inspector step aside.
  const presenting = useUi((s) => s.presenting);
  const asking = useUi((s) => s.confirm !== null);
  return (
    <div className={presenting ? 'app is-presenting' : 'app'}>
      <Toolbar
        onShowShortcuts={() => setShortcutsOpen(true)}
        fileActions={<ShareButtons />}
        learn={<LearnButton />}
      />
      <main className={workspaceClass}>
        {presenting ? null : (
          <Suspense fallback={<PanelBox className="palette" title="palette.title" />}>
            <LazyPalette />
          </Suspense>
        )}
        <div className="workspace__centre">
          <Canvas />
          <Suspense fallback={null}>
            <LazyTimeline />
          </Suspense>
        </div>
        {presenting ? (
          <Suspense fallback={null}>
            <LazyPresenter />
          </Suspense>
        ) : (
          <Suspense fallback={<PanelBox className="inspector" title="inspector.title" />}>
            <LazyInspector />
          </Suspense>
        )}
        <PracticeLayer />
      </main>
      <Notices />
      <TestCrashSwitch />
      {/* With the first page, not after it: a paste or an undo pressed while the lazy parts still
          load would otherwise be lost (about 1 KB). */}
      <Shortcuts />
      <ShareLayer />
      {asking ? (
        <Suspense fallback={null}>
          <LazyConfirmDialog />
        </Suspense>
      ) : null}
      {shortcutsOpen ? (
        <Suspense fallback={null}>
          <LazyShortcutsDialog onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** The playground: palette, canvas and inspector around one React Flow instance; `?embed=1` shows a read-only view. */
export function App() {
  const embed = isEmbedMode();
  return (
    <CrashBoundary embed={embed}>
      <ReactFlowProvider>{embed ? <EmbedView /> : <Editor />}</ReactFlowProvider>
    </CrashBoundary>
  );
}
