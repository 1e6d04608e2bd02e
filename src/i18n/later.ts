import { addEnglish } from './index';
import { editorLaterEn } from './parts/editor.later.en';
import { runLaterEn } from './parts/run.later.en';
import { shareLaterEn } from './parts/share.later.en';

/**
 * The English of the keys only lazily loaded parts use (the palette, the inspector, the timeline,
 * metrics, live badges, the trace, faults, the open, share and export dialogs). Each module that uses one imports this file, so the
 * strings arrive with the first of them, never before they are needed, and not with the first
 * page. `later.test.ts` checks every such module imports it. Ukrainian has them all already.
 */
addEnglish({ ...editorLaterEn, ...runLaterEn, ...shareLaterEn });
