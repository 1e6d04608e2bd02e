/** Share links, import and export, the embed view: how diagrams leave and enter the playground. */
export { copySelection, pasteInternal, pasteText } from './clipboard';
export { EmbedView } from './EmbedView';
export { isEmbedMode, startEmbed } from './embed';
export { openFile } from './importFile';
export { type Intake, readText, safeHttpUrl } from './intake';
export {
  decodePayload,
  documentFragment,
  encodePayload,
  LINK_FORMAT,
  readFragment,
  shareLink,
} from './linkCodec';
export { clearFragment, offerDocument, openFromLocation, openTemplate } from './open';
export { type LoadProblem, MAX_FRAGMENT, MAX_INFLATED, MAX_TEXT } from './problems';
export { ShareButtons } from './ShareButtons';
export { ShareLayer } from './ShareLayer';
