import { syncAsync } from './content/syncAsync';
import type { Tutorial } from './types';

/** Every tutorial, in the order they are offered: one per section of the source sheet. */
export const TUTORIALS: readonly Tutorial[] = [syncAsync];

export function findTutorial(id: string): Tutorial | undefined {
  return TUTORIALS.find((t) => t.id === id);
}
