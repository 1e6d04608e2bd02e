import { useEffect } from 'react';
import { currentDocument } from '../../store/diagram';
import { resolveRoles } from '../roles';
import type { Target, Tutorial } from '../types';

const CLASS = 'tour-spotlight';

/** The element a target points at, if it is on the page now. */
function targetElement(target: Target, tutorial: Tutorial): Element | null {
  switch (target.type) {
    case 'palette':
      return document.querySelector(`.palette [data-kind="${CSS.escape(target.kind)}"]`);
    case 'field':
      return document.querySelector(`.inspector [data-prop="${CSS.escape(target.key)}"]`);
    case 'run':
      return document.querySelector(`.runbar [data-run="${CSS.escape(target.control)}"]`);
    case 'node': {
      const id = resolveRoles(currentDocument(), tutorial.roles).get(target.role);
      return id ? document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`) : null;
    }
  }
}

/**
 * Makes the step's target glow (a CSS class, so it works under the page's Content-Security-Policy:
 * no inline styles, no injected <style>). The target may appear later (an inspector field once a
 * component is selected), so it is looked for again a few times a second.
 */
export function useSpotlight(target: Target | undefined, tutorial: Tutorial | null): void {
  useEffect(() => {
    if (!target || !tutorial) return;
    let lit: Element | null = null;
    const light = () => {
      const el = targetElement(target, tutorial);
      // React may rewrite the element's classes when it re-renders it: add ours back.
      if (el === lit && (!el || el.classList.contains(CLASS))) return;
      if (lit !== el) lit?.classList.remove(CLASS);
      el?.classList.add(CLASS);
      lit = el;
    };
    light();
    const timer = setInterval(light, 300);
    return () => {
      clearInterval(timer);
      lit?.classList.remove(CLASS);
    };
  }, [target, tutorial]);
}
