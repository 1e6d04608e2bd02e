import '../i18n/later/editorText';
import { useReactFlow } from '@xyflow/react';
import {
  ClipboardPaste,
  Copy,
  CopyPlus,
  Maximize,
  SlidersHorizontal,
  SquareDashedMousePointer,
  Trash,
  Workflow,
} from 'lucide-react';
import { useLocalTexts, useT } from '../i18n';
import type { XY } from '../model';
import { diagramActions, useDiagram } from '../store/diagram';
import { panelActions } from '../store/sidePanels';
import { EMPTY_SET, uiActions, useUi } from '../store/ui';
import type { MenuTarget } from './ContextMenu';
import { MENU_TEXT } from './menuTexts';
import { GRID } from './placement';
import { useTidyLayout } from './useTidyLayout';

/** Where a duplicate lands from its original (as Ctrl+D). */
const DUPLICATE_STEP = 2 * GRID;

interface Item {
  key: string;
  label: string;
  icon: React.ReactNode;
  run: () => void;
}

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
}

/**
 * Selects one component or wire and shows the properties panel with it: on a portrait tablet the
 * panel starts hidden, and a finger on the canvas had no way to it but the toolbar's toggle.
 */
function propertiesOf(target: { type: 'node' | 'edge'; id: string }, label: string): Item {
  return {
    key: 'properties',
    label,
    icon: <SlidersHorizontal size={14} />,
    run: () => {
      if (target.type === 'node') uiActions.select(new Set([target.id]), EMPTY_SET);
      else uiActions.select(EMPTY_SET, new Set([target.id]));
      panelActions.showInspector();
    },
  };
}

/**
 * The context menu's editing commands, so a finger (no Delete key, no Ctrl) edits as a keyboard
 * does: a component's or wire's properties; duplicate, copy and delete a component, delete a wire;
 * on empty canvas paste there, select all, show the whole diagram, tidy up. Each is the same
 * named store action as its shortcut.
 */
export function MenuEditActions({ target, at, onDone }: { target: MenuTarget; at: XY; onDone: () => void }) {
  const t = useT();
  const tt = useLocalTexts(MENU_TEXT);
  const flow = useReactFlow();
  const tidy = useTidyLayout();
  const nodeCount = useDiagram((s) => s.nodes.length);
  const clipboard = useUi((s) => s.clipboard);
  const items: Item[] = [];
  if (target.type === 'node') {
    const only = new Set([target.id]);
    items.push(
      propertiesOf(target, tt('properties')),
      {
        key: 'duplicate',
        label: tt('duplicate'),
        icon: <CopyPlus size={14} />,
        run: () => {
          const { nodeIds, edgeIds } = diagramActions.paste(diagramActions.copy(only), {
            x: DUPLICATE_STEP,
            y: DUPLICATE_STEP,
          });
          uiActions.select(new Set(nodeIds), new Set(edgeIds));
        },
      },
      {
        key: 'copy',
        label: tt('copy'),
        icon: <Copy size={14} />,
        run: () => useUi.setState({ clipboard: diagramActions.copy(only), pasteCount: 0 }),
      },
      {
        key: 'delete',
        label: t('inspector.delete'),
        icon: <Trash size={14} />,
        run: () => {
          diagramActions.remove(only, EMPTY_SET);
          const s = useUi.getState();
          uiActions.select(without(s.selectedNodes, target.id), s.selectedEdges);
        },
      },
    );
  } else if (target.type === 'edge') {
    items.push(propertiesOf(target, tt('properties')), {
      key: 'delete',
      label: t('inspector.delete'),
      icon: <Trash size={14} />,
      run: () => {
        diagramActions.remove(EMPTY_SET, new Set([target.id]));
        const s = useUi.getState();
        uiActions.select(s.selectedNodes, without(s.selectedEdges, target.id));
      },
    });
  } else {
    if (clipboard && clipboard.nodes.length > 0) {
      const fragment = clipboard;
      items.push({
        key: 'paste',
        label: tt('pasteHere', { count: fragment.nodes.length }),
        icon: <ClipboardPaste size={14} />,
        run: () => {
          // The copied components' top-left corner lands where the finger rested.
          const point = flow.screenToFlowPosition(at);
          const left = Math.min(...fragment.nodes.map((n) => n.position.x));
          const top = Math.min(...fragment.nodes.map((n) => n.position.y));
          const { nodeIds, edgeIds } = diagramActions.paste(fragment, {
            x: point.x - left,
            y: point.y - top,
          });
          uiActions.select(new Set(nodeIds), new Set(edgeIds));
        },
      });
    }
    if (nodeCount > 0)
      items.push(
        {
          key: 'selectAll',
          label: tt('selectAll'),
          icon: <SquareDashedMousePointer size={14} />,
          run: () => {
            const { nodes, edges } = useDiagram.getState();
            uiActions.select(new Set(nodes.map((n) => n.id)), new Set(edges.map((e) => e.id)));
          },
        },
        {
          key: 'fit',
          label: tt('fitView'),
          icon: <Maximize size={14} />,
          run: () => void flow.fitView({ duration: 300 }),
        },
      );
    if (nodeCount > 1)
      items.push({
        key: 'tidy',
        label: t('toolbar.tidy'),
        icon: <Workflow size={14} />,
        run: () => void tidy(),
      });
  }
  if (items.length === 0) return null;
  return (
    <div className="fault-menu__items" role="menu" aria-label={tt('edit')}>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className="fault-menu__item"
          onClick={() => {
            item.run();
            onDone();
          }}
        >
          <span aria-hidden="true">{item.icon}</span> {item.label}
        </button>
      ))}
    </div>
  );
}
