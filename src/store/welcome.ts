import { create } from 'zustand';
import { readItem } from './storage';

/** Where learning progress is saved (`tutorials/progress.ts` reads and writes it). */
export const PROGRESS_KEY = 'apip:learning';

/**
 * Whether the first visit's welcome is on the empty canvas, so the canvas's own first steps wait
 * behind it (one thing to read first). Before the welcome's code has loaded: whether nothing about
 * learning was ever saved, which is when it will show; the welcome then says.
 */
export const useWelcome = create<{ shown: boolean }>(() => ({ shown: readItem(PROGRESS_KEY) === null }));

export function showingWelcome(shown: boolean): void {
  if (useWelcome.getState().shown !== shown) useWelcome.setState({ shown });
}
