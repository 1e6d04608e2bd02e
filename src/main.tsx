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

// The theme first, before anything is drawn or awaited: no flash of the wrong one (the page's CSP
// allows no inline script in index.html; styles.css follows the system until this runs).
startTheme();

// Ukrainian strings load on demand; wait for them so nothing flashes in the wrong language.
await loadLanguage(preferredLang());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
let startFailure: string | null = null;
try {
  startEditor();
} catch (error) {
  // Something saved or linked broke the start: set it aside so the next start is clean.
  startFailure = error instanceof Error ? error.message : String(error);
  console.error('the editor could not start', error);
  quarantineDiagram();
}
createRoot(root).render(
  <StrictMode>
    {startFailure === null ? <App /> : <RecoveryScreen message={startFailure} crashed={currentDocument()} />}
  </StrictMode>,
);

// The service worker (offline use, update prompt) registers once the page has loaded, so its
// precaching does not compete with the first visit. Not under the dev server.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const startOffline = () =>
    void import('./offline')
      .then((m) => m.startOffline())
      .catch((e) => console.warn('offline use is off', e));
  if (document.readyState === 'complete') startOffline();
  else addEventListener('load', startOffline, { once: true });
}
