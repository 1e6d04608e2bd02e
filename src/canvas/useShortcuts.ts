import { useEffect } from 'react';
import { diagramActions, useDiagram } from '../store/diagram';
import { uiActions, useUi } from '../store/ui';
import { GRID } from './placement';

/** True when the key press belongs to a text field, so editing shortcuts must not fire. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

const PASTE_STEP = 2 * GRID;

/** Copy, paste, duplicate, select all, undo and redo on Ctrl/Cmd shortcuts (delete is React Flow's). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const key = e.key.toLowerCase();
      const ui = useUi.getState();
      const handled = (() => {
        switch (key) {
          case 'z':
            if (e.shiftKey) diagramActions.redo();
            else diagramActions.undo();
            return true;
          case 'y':
            diagramActions.redo();
            return true;
          case 'a': {
            const { nodes, edges } = useDiagram.getState();
            uiActions.select(new Set(nodes.map((n) => n.id)), new Set(edges.map((x) => x.id)));
            return true;
          }
          case 'c':
            if (ui.selectedNodes.size === 0) return false;
            useUi.setState({ clipboard: diagramActions.copy(ui.selectedNodes), pasteCount: 0 });
            return true;
          case 'v': {
            if (!ui.clipboard) return false;
            const step = (ui.pasteCount + 1) * PASTE_STEP;
            const { nodeIds, edgeIds } = diagramActions.paste(ui.clipboard, { x: step, y: step });
            useUi.setState({ pasteCount: ui.pasteCount + 1 });
            uiActions.select(new Set(nodeIds), new Set(edgeIds));
            return true;
          }
          case 'd': {
            if (ui.selectedNodes.size === 0) return false;
            const { nodeIds, edgeIds } = diagramActions.paste(diagramActions.copy(ui.selectedNodes), {
              x: PASTE_STEP,
              y: PASTE_STEP,
            });
            uiActions.select(new Set(nodeIds), new Set(edgeIds));
            return true;
          }
          default:
            return false;
        }
      })();
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
