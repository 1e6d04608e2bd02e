/// <reference lib="webworker" />
import type { DiagramDocument } from '../model';
import { findChallenge } from './challenges';
import { checkChallenge } from './check';

/** Grades challenge attempts off the main thread: a check runs three seeds and must not freeze the page. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; challenge: string; doc: DiagramDocument }>) => {
  const { id, challenge, doc } = event.data;
  const c = findChallenge(challenge);
  try {
    scope.postMessage({ id, result: c ? checkChallenge(c, doc) : null });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
