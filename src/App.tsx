import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, useState } from 'react';
import { Canvas } from './canvas/Canvas';
import { Palette } from './canvas/Palette';
import { useShortcuts } from './canvas/useShortcuts';
import { ConfirmDialog } from './panels/ConfirmDialog';
import { Inspector } from './panels/Inspector';
import { LazyShortcutsDialog } from './panels/lazy';
import { Notices } from './panels/Notices';
import { Toolbar } from './panels/Toolbar';
import { EmbedView, isEmbedMode, ShareLayer } from './share';

function Editor() {
  useShortcuts();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  return (
    <div className="app">
      <Toolbar onShowShortcuts={() => setShortcutsOpen(true)} />
      <main className="workspace">
        <Palette />
        <Canvas />
        <Inspector />
      </main>
      <Notices />
      <ShareLayer />
      <ConfirmDialog />
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
  return <ReactFlowProvider>{isEmbedMode() ? <EmbedView /> : <Editor />}</ReactFlowProvider>;
}
