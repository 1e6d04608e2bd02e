import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLang } from '../i18n';
import { CATALOGUE } from '../model';
import { useUi } from '../store/ui';
import { FaultActions, type FaultTarget } from './faults/FaultActions';
import { MenuEditActions } from './MenuEditActions';

/** What a menu acts on: a component, a wire, or the empty canvas where it was opened. */
export type MenuTarget = FaultTarget | { type: 'pane' };

export interface MenuAt {
  x: number;
  y: number;
  target: MenuTarget;
  title: string;
}

/** Room kept between the menu and the window's edge. */
const MARGIN = 8;

/**
 * The context menu (right-click, or a long press on a touch screen) on a component, a wire or
 * the empty canvas: fault injection while a run goes on, and the editing commands a finger has
 * no keys for. Kept inside the window. Escape or a press outside closes it.
 */
export function ContextMenu({ menu, onClose }: { menu: MenuAt; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const lang = useLang();
  // Presenting changes nothing in the diagram: faults only, no editing commands.
  const presenting = useUi((s) => s.presenting);
  const [place, setPlace] = useState({ left: menu.x, top: menu.y });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPlace({
      left: Math.max(MARGIN, Math.min(menu.x, window.innerWidth - width - MARGIN)),
      top: Math.max(MARGIN, Math.min(menu.y, window.innerHeight - height - MARGIN)),
    });
  }, [menu.x, menu.y]);
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey);
    ref.current?.querySelector<HTMLElement>('button')?.focus();
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);
  const kindName = menu.target.type === 'node' ? CATALOGUE[menu.target.kind].name[lang] : null;
  if (presenting && menu.target.type === 'pane') return null;
  return (
    <div ref={ref} className="fault-menu" style={place} data-testid="context-menu">
      <p className="fault-menu__title">
        {menu.title}
        {kindName ? <span> · {kindName}</span> : null}
      </p>
      {menu.target.type === 'pane' ? null : <FaultActions target={menu.target} onDone={onClose} asMenu />}
      {presenting ? null : <MenuEditActions target={menu.target} at={menu} onDone={onClose} />}
    </div>
  );
}
