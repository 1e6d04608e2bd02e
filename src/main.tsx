import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLanguage } from './i18n';
import { RecoveryScreen } from './RecoveryScreen';
import { startEditor } from './startup';
import { quarantineDiagram } from './store/autosave';
import { currentDocument } from './store/diagram';
import { preferredLang } from './store/prefs';
import { startTheme } from './store/theme';

/** How long the first render waits for a shared link's diagram to be decoded. */
const LINK_WAIT_MS = 500;
/** The longest the service worker's registration waits for an idle moment after the page loaded. */
const OFFLINE_IDLE_TIMEOUT_MS = 3000;

// The theme first, before anything is drawn or awaited: no flash of the wrong one (the page's CSP
// allows no inline script in index.html; styles.css follows the system until this runs).
startTheme();

/**
 * Not top-level `await`: while this chunk is still evaluating, a lazy chunk that imports from it
 * (the link's decoder does) cannot finish loading, so the page would wait on itself.
 */
async function start(root: HTMLElement): Promise<void> {
  // Ukrainian strings load on demand; wait for them so nothing flashes in the wrong language.
  await loadLanguage(preferredLang());
  let startFailure: string | null = null;
  let linkOpened = Promise.resolve();
  try {
    linkOpened = startEditor().linkOpened;
  } catch (error) {
    // Something saved or linked broke the start: set it aside so the next start is clean.
    startFailure = error instanceof Error ? error.message : String(error);
    console.error('the editor could not start', error);
    quarantineDiagram();
  }
  // A shared link's diagram is decoded before the first render when that is quick (its code is a
  // few small chunks), so the editor is drawn once, with the diagram fitted, instead of empty first
  // and again with it. A slow network gets the editor at once, and the diagram when it is ready.
  await Promise.race([linkOpened, new Promise((resolve) => setTimeout(resolve, LINK_WAIT_MS))]);
  createRoot(root).render(
    <StrictMode>
      {startFailure === null ? (
        <App />
      ) : (
        <RecoveryScreen message={startFailure} crashed={currentDocument()} />
      )}
    </StrictMode>,
  );
}

/**
 * The service worker (offline use, update prompt) registers once the page has loaded and the
 * main thread is idle, so its precaching (the whole build, about 2 MB) does not compete with the
 * first visit's drawing. Not under the dev server.
 */
function startOfflineWhenIdle(): void {
  const register = () =>
    void import('./offline')
      .then((m) => m.startOffline())
      .catch((e) => console.warn('offline use is off', e));
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: OFFLINE_IDLE_TIMEOUT_MS })
      : setTimeout(register, 1000);
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void start(root);
if (import.meta.env.PROD && 'serviceWorker' in navigator) startOfflineWhenIdle();
