import './share.css';
import { getNodesBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { lazy, Suspense, useEffect } from 'react';
import { OPEN_FIT, openingPadding, openingView } from '../canvas/estimatedFit';
import { fitPaddingBeside } from '../canvas/fitBeside';
import { useT } from '../i18n';
import { diagramActions } from '../store/diagram';
import { shareUiActions, useShareUi } from '../store/shareUi';
import { setCanvasFitter } from './canvasView';
import { loadShareRuntime } from './lazy';

// The dialogs come with the rest of sharing, on first use.
const ShareDialog = lazy(() => loadShareRuntime().then((m) => ({ default: m.ShareDialog })));
const OpenDialog = lazy(() => loadShareRuntime().then((m) => ({ default: m.OpenDialog })));
const ExportDialog = lazy(() => loadShareRuntime().then((m) => ({ default: m.ExportDialog })));

function hasFiles(e: DragEvent): boolean {
  return Boolean(e.dataTransfer?.types.includes('Files'));
}

/** A file dragged anywhere over the editor opens when dropped (the canvas shows where). */
function useFileDrop(): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      shareUiActions.setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) shareUiActions.setDragging(false);
    };
    const drop = (e: DragEvent) => {
      shareUiActions.setDragging(false);
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void loadShareRuntime().then((runtime) => runtime.openFile(file));
    };
    window.addEventListener('dragenter', over);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', over);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

/**
 * Fits a newly opened diagram into view (React Flow waits until its nodes are measured), beside
 * a tutorial or challenge card if one is open, so the card does not hide part of the diagram.
 * Before that, opening sets the view estimated from the document (`fitBeforeRender`), so the
 * diagram is drawn once, in place, and this fit only corrects it.
 */
function useFitOnRequest(): void {
  const request = useShareUi((s) => s.fitRequest);
  const { fitView, getViewport, getNodes, setViewport } = useReactFlow();
  const flow = useStoreApi();
  useEffect(() => {
    setCanvasFitter((nodes) => {
      const { width, height, minZoom } = flow.getState();
      const view = openingView(nodes, { width, height }, minZoom);
      // Without a duration React Flow's store has the new transform when this returns.
      if (view) void setViewport(view);
    });
    return () => setCanvasFitter(null);
  }, [flow, setViewport]);
  useEffect(() => {
    if (request === 0) return;
    const besideCard = useShareUi.getState().fitBesideCard;
    // Two frames at least: a card asked for with the diagram has mounted by then, unless its code
    // is still loading; then wait for it, up to two seconds.
    let frames = 0;
    let frame = 0;
    const fit = () => {
      frames++;
      const card = document.querySelector('.tutorial-card')?.getBoundingClientRect();
      if (frames < 2 || (besideCard && !card?.width && frames < 120)) {
        frame = requestAnimationFrame(fit);
        return;
      }
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const padding =
        card?.width && pane
          ? fitPaddingBeside(pane, card, getNodesBounds(getNodes()))
          : pane
            ? openingPadding(pane)
            : OPEN_FIT.padding;
      void fitView({ padding, maxZoom: OPEN_FIT.maxZoom }).then(() =>
        diagramActions.setViewport(getViewport()),
      );
    };
    frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [request, fitView, getViewport, getNodes]);
}

/** Sharing's part of the editor: its dialogs, the drop target and fitting opened diagrams. */
export function ShareLayer() {
  const t = useT();
  const dialog = useShareUi((s) => s.dialog);
  const dragging = useShareUi((s) => s.dragging);
  useFileDrop();
  useFitOnRequest();
  return (
    <>
      <Suspense fallback={null}>
        {dialog === 'share' ? <ShareDialog /> : null}
        {dialog === 'open' ? <OpenDialog /> : null}
        {dialog === 'export' ? <ExportDialog /> : null}
      </Suspense>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('import.drop')}</p>
        </div>
      ) : null}
    </>
  );
}
