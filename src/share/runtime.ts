/**
 * Everything sharing loads on demand (see lazy.ts): one chunk, so the browser fetches it once.
 * Nothing outside src/share imports this file directly.
 */
export { EmbedView } from './EmbedView';
export { ExportDialog } from './ExportDialog';
export { startEmbed } from './embed';
export { openFile } from './importFile';
export { OpenDialog } from './OpenDialog';
export { openFromLocation } from './open';
export { pasteText } from './paste';
export { ShareDialog } from './ShareDialog';
