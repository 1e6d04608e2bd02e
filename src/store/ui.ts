import { create } from 'zustand';
import type { Fragment } from '../model';

export type NoticeKind = 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
  /** Stays until dismissed (or replaced by key) instead of fading. */
  persistent?: boolean;
  /** Notices with the same key replace each other. */
  key?: string;
  action?: { label: string; run: () => void };
  /** Ids of the components the notice talks about: the notice is never placed over them. */
  about?: readonly string[];
}

export interface UiState {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  clipboard: Fragment | null;
  pasteCount: number;
  snapToGrid: boolean;
  notices: Notice[];
  confirm: { title: string; body: string; confirmLabel: string; onConfirm: () => void } | null;
  /** An image export is being drawn: the canvas renders every node in full. */
  exporting: boolean;
  /** The built-in example on screen, if the diagram was opened from one (its description is shown). */
  example: string | null;
  /** Presentation mode: the canvas fills the screen, editing is off, keys drive the run. */
  presenting: boolean;
  /** The component the presenter last clicked (the laser pointer); `seq` pulses a second click anew. */
  pointed: { id: string; seq: number } | null;
}

export const EMPTY_SET: ReadonlySet<string> = new Set();

/** View state that is not part of the diagram and not undoable: selection, clipboard, notices. */
export const useUi = create<UiState>()(() => ({
  selectedNodes: EMPTY_SET,
  selectedEdges: EMPTY_SET,
  clipboard: null,
  pasteCount: 0,
  snapToGrid: true,
  notices: [],
  confirm: null,
  exporting: false,
  example: null,
  presenting: false,
  pointed: null,
}));

let noticeSeq = 0;
let pointSeq = 0;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

export const uiActions = {
  select(nodes: ReadonlySet<string>, edges: ReadonlySet<string>): void {
    useUi.setState({ selectedNodes: nodes, selectedEdges: edges });
  },
  clearSelection(): void {
    useUi.setState({ selectedNodes: EMPTY_SET, selectedEdges: EMPTY_SET });
  },
  notify(notice: Omit<Notice, 'id'>): number {
    const id = ++noticeSeq;
    useUi.setState((s) => ({
      notices: [...s.notices.filter((n) => !notice.key || n.key !== notice.key), { ...notice, id }].slice(-5),
    }));
    if (!notice.persistent)
      timers.set(
        id,
        setTimeout(() => uiActions.dismiss(id), notice.kind === 'error' ? 8000 : 5000),
      );
    return id;
  },
  dismiss(id: number): void {
    const timer = timers.get(id);
    if (timer) clearTimeout(timer);
    timers.delete(id);
    useUi.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
  dismissKey(key: string): void {
    for (const n of useUi.getState().notices) if (n.key === key) uiActions.dismiss(n.id);
  },
  ask(confirm: NonNullable<UiState['confirm']>): void {
    useUi.setState({ confirm });
  },
  setExample(example: string | null): void {
    useUi.setState({ example });
  },
  setExporting(exporting: boolean): void {
    useUi.setState({ exporting });
  },
  closeConfirm(): void {
    useUi.setState({ confirm: null });
  },
  setPresenting(presenting: boolean): void {
    useUi.setState({ presenting, pointed: null });
  },
  point(id: string | null): void {
    useUi.setState({ pointed: id === null ? null : { id, seq: ++pointSeq } });
  },
};
