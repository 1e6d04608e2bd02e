import { useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { PointerRing } from '../../canvas/PointerRing';
import { glyphs } from '../../canvas/traffic/draw';
import { useLocalTexts } from '../../i18n';
import { runActions, useRun } from '../../run/controller';
import { draw } from '../../run/drawing';
import { diagramActions, useDiagram } from '../../store/diagram';
import { uiActions, useUi } from '../../store/ui';
import { SPEEDS } from '../RunBar';
import { leavePresentation } from './enter';
import { PRESENT_TEXT } from './strings';

/** How long the list of keys shows on entering (it fades out at the end). */
const HINT_MS = 6000;
/** How much larger the moving messages are drawn, for the back of the room. */
const GLYPH_SCALE = 1.6;
/** Speeds on the digit keys 1 to 5. */
const DIGIT_SPEEDS = [1, 2, 5, 10, 20] as const;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.tagName && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The next listed speed above (or below) the current one, which may be a speed not on the list. */
export function nextSpeed(current: number, direction: 1 | -1): number {
  if (direction > 0) return SPEEDS.find((s) => s > current) ?? SPEEDS[SPEEDS.length - 1]!;
  return [...SPEEDS].reverse().find((s) => s < current) ?? SPEEDS[0]!;
}

const togglePlay = () => (useRun.getState().status === 'running' ? runActions.pause() : runActions.play());
const speedBy = (direction: 1 | -1) =>
  runActions.setSpeed(nextSpeed(useDiagram.getState().run.speed, direction));
const only = (saved: ReadonlySet<string>, items: readonly { id: string }[]) =>
  new Set(items.filter((x) => saved.has(x.id)).map((x) => x.id));

/**
 * Presentation mode while it is on (loaded on first use): keys drive the run, the diagram fills
 * the screen, and leaving gives back the view, the speed and the selection as they were, so
 * presenting changes nothing in the document.
 */
export function Presenter() {
  const rf = useReactFlow();
  const tt = useLocalTexts(PRESENT_TEXT);
  const [hint, setHint] = useState(1);

  useEffect(() => {
    if (!hint) return;
    const timer = setTimeout(() => setHint(0), HINT_MS);
    return () => clearTimeout(timer);
  }, [hint]);

  useEffect(() => {
    const ui = useUi.getState();
    const start = useDiagram.getState();
    const saved = { nodes: ui.selectedNodes, edges: ui.selectedEdges, viewport: rf.getViewport() };
    uiActions.clearSelection();
    glyphs.scale = GLYPH_SCALE;
    draw();
    // The Present button keeps focus after the click; Space must not press it again.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();

    // Fit the diagram to the screen as it grows (panels hidden, then full screen).
    let frame = 0;
    const fit = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => void rf.fitView({ padding: 0.12, maxZoom: 2 }));
    };
    const resize = new ResizeObserver(fit);
    const pane = document.querySelector('.react-flow');
    if (pane) resize.observe(pane);
    // Leaving full screen (Escape, the browser's own controls) leaves the mode.
    const onFullscreen = () => {
      if (!document.fullscreenElement) uiActions.setPresenting(false);
    };

    const act = (e: KeyboardEvent): (() => unknown) | null => {
      switch (e.key) {
        case ' ':
          return e.repeat ? () => {} : togglePlay;
        case '.':
        case 'ArrowRight':
          return runActions.step;
        case ',':
        case 'ArrowLeft':
          return runActions.stepBack;
        case '+':
        case '=':
          return () => speedBy(1);
        case '-':
        case '_':
          return () => speedBy(-1);
        case 'Escape':
          return leavePresentation;
        case 'Enter': {
          // The keyboard's laser pointer: Enter on a component that has focus (Tab reaches them).
          const id = (e.target as HTMLElement).closest?.<HTMLElement>('.react-flow__node')?.dataset.id;
          return id ? () => uiActions.point(id) : null;
        }
        case '?':
          return () => setHint((h) => h + 1);
      }
      const digit = Number(e.key);
      if (Number.isInteger(digit) && digit >= 1 && digit <= DIGIT_SPEEDS.length)
        return () => runActions.setSpeed(DIGIT_SPEEDS[digit - 1]!);
      if (e.code === 'KeyF') return fit;
      if (e.code === 'KeyH') return () => setHint((h) => h + 1);
      return null;
    };
    const blocked = (e: KeyboardEvent) =>
      e.ctrlKey ||
      e.metaKey ||
      e.altKey ||
      isTyping(e.target) ||
      !!document.querySelector('[role="dialog"][aria-modal="true"], dialog[open], .fault-menu');
    const onKeyDown = (e: KeyboardEvent) => {
      if (blocked(e)) return;
      const action = act(e);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      void action();
    };
    // A button with focus is pressed on Space's release: keep Space for play and pause.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && !blocked(e)) e.preventDefault();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      document.removeEventListener('fullscreenchange', onFullscreen);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
      glyphs.scale = 1;
      draw();
      const now = useDiagram.getState();
      // Another diagram opened meanwhile (a link): it keeps its own view and settings.
      if (now.nodes !== start.nodes) return;
      rf.setViewport(saved.viewport);
      diagramActions.setViewport(saved.viewport);
      if (now.run.speed !== start.run.speed) runActions.setSpeed(start.run.speed);
      uiActions.select(only(saved.nodes, now.nodes), only(saved.edges, now.edges));
    };
  }, [rf]);

  const keys: [string, string][] = [
    [tt('space'), tt('playPause')],
    ['.  →', tt('step')],
    [',  ←', tt('stepBack')],
    ['−  +', tt('speed')],
    ['1–5', tt('speedDigits')],
    ['F', tt('fit')],
    [tt('click'), tt('point')],
    ['?', tt('help')],
    ['Esc', tt('leave')],
  ];
  return (
    <>
      <PointerRing />
      {hint ? (
        <aside key={hint} className="present-hint" role="status" aria-label={tt('keysLabel')}>
          <h2>{tt('title')}</h2>
          <dl>
            {keys.map(([key, what]) => (
              <div key={key}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </aside>
      ) : null}
    </>
  );
}
