/**
 * Share links, import and export, the embed view: how diagrams leave and enter the playground.
 * What the editor needs at start is here; the rest loads on first use (lazy.ts, runtime.ts).
 */
export { copySelection, pasteClipboardText, pasteInternal } from './clipboard';
export { EmbedView } from './EmbedEntry';
export { loadLinkOpener, loadShareRuntime } from './lazy';
export { challengeInFragment, fragmentWantsOpening, isEmbedMode, tutorialInFragment } from './mode';
export { ShareButtons } from './ShareButtons';
export { ShareLayer } from './ShareLayer';
