import { currentLang, translate } from '../i18n';
import { uiActions } from '../store/ui';

type Runtime = typeof import('./runtime');

let loading: Promise<Runtime> | null = null;

/**
 * The part of sharing that is not needed to start the editor (the link codec with its
 * decompressor, the dialogs, importing, the embed view) loads on first use, so the editor's
 * first download stays small. A failed load (an old tab after a new release) says so and can be
 * tried again.
 */
export function loadShareRuntime(): Promise<Runtime> {
  loading ??= import('./runtime').catch((error: unknown) => {
    loading = null;
    return failed(error);
  });
  return loading;
}

function failed(error: unknown): never {
  uiActions.notify({
    kind: 'error',
    key: 'share-load',
    text: translate(currentLang(), 'share.loadFailed'),
  });
  throw error;
}

/**
 * Opening what the address asks for needs the link's decoder and the opener only, not the
 * dialogs: a shared link's first visit fetches fewer and smaller chunks before it can draw.
 */
export function loadLinkOpener(): Promise<typeof import('./open')> {
  return import('./open').catch(failed);
}
