import '@xyflow/react/dist/base.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLanguage } from './i18n';
import { startEditor } from './startup';
import { preferredLang } from './store/prefs';

// Ukrainian strings load on demand; wait for them so nothing flashes in the wrong language.
await loadLanguage(preferredLang());
startEditor();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
