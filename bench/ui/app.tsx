import '@xyflow/react/dist/base.css';
import '../../src/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/App';
import { latestFrame, runActions } from '../../src/run/controller';
import { diagramActions } from '../../src/store/diagram';
import { EMPTY_SET, uiActions } from '../../src/store/ui';
import { benchDiagram } from './generate';

/**
 * The production app, built in production mode, with a generated diagram put straight into the
 * store (the 1,000-node case is above what links and files may carry) and the run started.
 */
const params = new URLSearchParams(location.search);
const nodes = Number(params.get('nodes') ?? 200);
const messages = Number(params.get('messages') ?? 0);
const zoom = params.get('view') === 'zoom1' ? 1 : null;
const doc = benchDiagram(nodes, messages);
// Fit: the whole grid on a 1280x800 screen; zoom 1: the top-left corner at natural size.
const width = Math.max(...doc.nodes.map((n) => n.position.x)) + 200;
const height = Math.max(...doc.nodes.map((n) => n.position.y)) + 150;
const fit = Math.min((1280 - 600) / width, (800 - 60) / height);
diagramActions.replace({ ...doc, viewport: zoom ? { x: 40, y: 40, zoom } : { x: 10, y: 10, zoom: fit } });

const w = window as unknown as { benchInFlight: () => number; benchReady: boolean };
w.benchInFlight = () => latestFrame()?.frame.inFlight ?? 0;
w.benchReady = false;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
if (messages > 0) void runActions.play();
// The metrics case: a service selected, its live metrics, charts and queueing view open.
if (params.get('panel') === 'metrics') uiActions.select(new Set([doc.nodes[1]!.id]), EMPTY_SET);
requestAnimationFrame(() => {
  w.benchReady = true;
});
