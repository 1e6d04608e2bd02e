import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { diagramActions, useDiagram } from '../store/diagram';
import { tidyLayout } from './layout';

/** "Tidy up": lays the diagram out along its wires as one undoable step, then shows all of it. */
export function useTidyLayout(): () => Promise<void> {
  const flow = useReactFlow();
  return useCallback(async () => {
    const { nodes, edges } = useDiagram.getState();
    const positions = await tidyLayout({ nodes, edges }, (id) => {
      const measured = flow.getInternalNode(id)?.measured;
      return measured?.width && measured.height
        ? { width: measured.width, height: measured.height }
        : undefined;
    });
    diagramActions.moveNodes(positions);
    requestAnimationFrame(() => void flow.fitView({ duration: 300 }));
  }, [flow]);
}
