/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/** How often an open tab asks whether a new version was published (the browser also asks on each visit). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the playground working offline (docs/ARCHITECTURE.md,
 * "Offline"). Loaded by `main.tsx` after the first render, in the production build only. When a
 * new version has been downloaded it waits; the update prompt asks the person to reload.
 */
export function startOffline(): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      import('./UpdatePrompt')
        .then((m) => m.showUpdatePrompt(() => update()))
        .catch((error) => console.warn('the update prompt could not be shown', error));
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => {});
      }, CHECK_EVERY_MS);
    },
    onRegisterError(error) {
      console.warn('the service worker could not be registered', error);
    },
  });
}
