import { useEffect } from 'react';
import { GRID } from './canvas/placement';
import { togglePresentation } from './panels/present/enter';
import { copySelection, pasteClipboardText, pasteInternal } from './share';
import { diagramActions, useDiagram } from './store/diagram';
import { uiActions, useUi } from './store/ui';

/** True when the key press belongs to a text field, so editing shortcuts must not fire. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

const PASTE_STEP = 2 * GRID;

/** Text the person selected on the page (a notice, a help text) is theirs to copy. */
function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

let pasteEventSeen = false;

/** Copy, paste, duplicate, select all, undo and redo on Ctrl/Cmd shortcuts (delete is React Flow's). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.altKey || isTyping(e.target) || document.querySelector('[role="dialog"][aria-modal="true"]'))
        return;
      // P presents (its own keys take over); presenting, nothing edits the diagram.
      const plain = !(e.ctrlKey || e.metaKey);
      if (plain && !e.shiftKey && !e.repeat && e.code === 'KeyP') {
        e.preventDefault();
        togglePresentation();
      }
      if (plain || useUi.getState().presenting) return;
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
          // Copy and paste go through the browser's copy and paste events (below), so a selection
          // reaches the system clipboard as JSON; the key is not cancelled, or they would not fire.
          case 'c':
            if (ui.selectedNodes.size > 0)
              useUi.setState({ clipboard: diagramActions.copy(ui.selectedNodes), pasteCount: 0 });
            return false;
          case 'v':
            // Some browsers fire no paste event outside text fields: then the internal clipboard.
            pasteEventSeen = false;
            setTimeout(() => {
              if (!pasteEventSeen) pasteInternal();
            }, 0);
            return false;
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
    const blocked = (e: Event) =>
      isTyping(e.target) ||
      useUi.getState().presenting ||
      !!document.querySelector('[role="dialog"][aria-modal="true"], dialog[open]');
    const onCopy = (e: ClipboardEvent) => {
      if (blocked(e) || hasTextSelection()) return;
      if (copySelection(e)) e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      pasteEventSeen = true;
      if (blocked(e)) return;
      e.preventDefault();
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text) pasteClipboardText(text);
      else pasteInternal();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}

/** The shortcuts as a component, so the app can load them right after the first paint. */
export function Shortcuts(): null {
  useShortcuts();
  return null;
}
