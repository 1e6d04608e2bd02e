import { editorEn } from './parts/editor.en';
import { learnEn } from './parts/learn.en';
import { runEn } from './parts/run.en';
import { shareEn } from './parts/share.en';

/**
 * English strings: the source of every key. Each area keeps its strings in its own part file
 * (parts/<area>.en.ts and parts/<area>.uk.ts); uk.ts must cover every key (compiler and test check).
 */
export const en = { ...editorEn, ...runEn, ...shareEn, ...learnEn };

export type MessageKey = keyof typeof en;
