import './updatePrompt.css';
import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type LocalTexts, useLocalTexts } from './i18n';

const TEXT = {
  ready: {
    en: 'A new version of the playground is ready.',
    uk: 'Готова нова версія пісочниці.',
  },
  hint: {
    en: 'Reload to use it; your diagram is kept.',
    uk: 'Перезавантажте сторінку, щоб перейти на неї; ваша діаграма збережеться.',
  },
  reload: { en: 'Reload', uk: 'Перезавантажити' },
  reloading: { en: 'Reloading…', uk: 'Перезавантаження…' },
  later: { en: 'Later', uk: 'Пізніше' },
} satisfies LocalTexts;

function UpdatePrompt({ onReload, onLater }: { onReload: () => Promise<void>; onLater: () => void }) {
  const tt = useLocalTexts(TEXT);
  const [reloading, setReloading] = useState(false);
  return (
    <section className="update-prompt" role="status" aria-label={tt('ready')}>
      <RefreshCw size={18} aria-hidden="true" className="update-prompt__icon" />
      <p>
        <strong>{tt('ready')}</strong> {tt('hint')}
      </p>
      <div className="update-prompt__actions">
        <button type="button" className="button button--small" onClick={onLater}>
          {tt('later')}
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            // The waiting version takes over and the page reloads itself when it does; should it
            // not (the new version failed to start), reload anyway rather than leave the button dead.
            onReload().then(
              () => setTimeout(() => location.reload(), 3000),
              () => location.reload(),
            );
          }}
        >
          {reloading ? tt('reloading') : tt('reload')}
        </button>
      </div>
    </section>
  );
}

let root: Root | null = null;

/**
 * Shows "a new version is ready" with Reload and Later, in its own small React root (so it appears
 * over the editor, the embed view and the recovery screen alike), at most once at a time.
 */
export function showUpdatePrompt(reload: () => Promise<void>): void {
  if (root) return;
  const host = document.createElement('div');
  document.body.append(host);
  const mounted = createRoot(host);
  root = mounted;
  mounted.render(
    <UpdatePrompt
      onReload={reload}
      onLater={() => {
        mounted.unmount();
        host.remove();
        // A version published after this one asks again.
        root = null;
      }}
    />,
  );
}
