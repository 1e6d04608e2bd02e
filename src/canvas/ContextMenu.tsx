import { useEffect, useRef } from 'react';
import { useLang } from '../i18n';
import { CATALOGUE } from '../model';
import { FaultActions, type FaultTarget } from './faults/FaultActions';

export interface MenuAt {
  x: number;
  y: number;
  target: FaultTarget;
  title: string;
}

/** The right-click menu on a component or wire: fault injection while a run goes on. Escape or a click outside closes it. */
export function ContextMenu({ menu, onClose }: { menu: MenuAt; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const lang = useLang();
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
  return (
    <div ref={ref} className="fault-menu" style={{ left: menu.x, top: menu.y }} data-testid="context-menu">
      <p className="fault-menu__title">
        {menu.title}
        {kindName ? <span> · {kindName}</span> : null}
      </p>
      <FaultActions target={menu.target} onDone={onClose} asMenu />
    </div>
  );
}
