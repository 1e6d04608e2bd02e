import type { Entry } from './core';
import type { MessageKey } from './en';
import { editorUk } from './parts/editor.uk';
import { learnUk } from './parts/learn.uk';
import { runUk } from './parts/run.uk';
import { shareUk } from './parts/share.uk';

/** Ukrainian strings. The type requires every English key; a missing one fails the build. */
export const uk: Record<MessageKey, Entry> = { ...editorUk, ...runUk, ...shareUk, ...learnUk };
