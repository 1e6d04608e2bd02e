import type { Entry } from './core';
import { editorEn } from './parts/editor.en';
import type { editorLaterEn } from './parts/editor.later.en';
import { learnEn } from './parts/learn.en';
import { runEn } from './parts/run.en';
import type { runLaterEn } from './parts/run.later.en';
import { shareEn } from './parts/share.en';
import type { shareLaterEn } from './parts/share.later.en';

/**
 * English strings: the source of every key. Each area keeps its strings in its own part file
 * (parts/<area>.en.ts and parts/<area>.uk.ts); uk.ts must cover every key (compiler and test check).
 * Strings only parts loaded after the first paint use are in parts/<area>.later.en.ts: they are
 * keys like the others, but their English ships with those parts (`./later/<area>Text.ts`), not with this file.
 */
const first = { ...editorEn, ...runEn, ...shareEn, ...learnEn };

export type MessageKey =
  | keyof typeof first
  | keyof typeof editorLaterEn
  | keyof typeof runLaterEn
  | keyof typeof shareLaterEn;

/** The English the first page carries (every key but the later ones). */
export const en: typeof first & Partial<Record<MessageKey, Entry>> = first;
