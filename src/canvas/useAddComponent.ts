import '../i18n/later/editorText';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { currentLang, translate } from '../i18n';
import { canAddNodes, LIMITS, type NodeKind, type XY } from '../model';
import { currentDocument, diagramActions, useDiagram } from '../store/diagram';
import { EMPTY_SET, uiActions, useUi } from '../store/ui';
import { placeNode } from './placement';

/** The canvas element that accepts drops from the palette. */
export function canvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-drop-target="canvas"]');
}

/** Whether a screen point lies over the canvas. */
export function isOverCanvas(point: XY): boolean {
  const rect = canvasElement()?.getBoundingClientRect();
  return (
    !!rect && point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom
  );
}

/** Adds a component centred on a screen point, or in the middle of the visible canvas, and selects it. */
export function useAddComponent(): (kind: NodeKind, screenPoint?: XY) => void {
  const { screenToFlowPosition } = useReactFlow();
  return useCallback(
    (kind, screenPoint) => {
      let point = screenPoint;
      if (!point) {
        const rect = canvasElement()?.getBoundingClientRect();
        point = rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: 0, y: 0 };
      }
      const { snapToGrid } = useUi.getState();
      const lang = currentLang();
      if (!canAddNodes(currentDocument(), 1)) {
        uiActions.notify({
          kind: 'warning',
          key: 'limit',
          text: translate(lang, 'canvas.tooMany', { max: LIMITS.nodes }),
        });
        return;
      }
      const position = placeNode(
        screenToFlowPosition(point),
        useDiagram.getState().nodes,
        snapToGrid,
        !screenPoint,
      );
      const id = diagramActions.addNode(kind, position, lang);
      uiActions.select(new Set([id]), EMPTY_SET);
    },
    [screenToFlowPosition],
  );
}
