import { create } from 'zustand';
import { type DiagramDocument, emptyDocument } from '../model';
import { currentDocument } from '../store/diagram';
import { replaceDiagram } from '../store/replace';
import { shareUiActions } from '../store/shareUi';
import { findChallenge } from './challenges';
import { type CheckResult, checkChallenge } from './check';
import { type Mark, ownOf, readPractice, writePractice } from './progress';
import type { Challenge } from './types';

interface ChallengeView {
  challenge: Challenge | null;
  checking: boolean;
  result: CheckResult | null;
  /** The check itself failed (the worker could not run): what happened. */
  failure: string | null;
}

export const useChallenge = create<ChallengeView>()(() => ({
  challenge: null,
  checking: false,
  result: null,
  failure: null,
}));

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (reply: { result?: CheckResult | null; error?: string }) => void>();

/** Runs a check in the worker (the page stays responsive), or here where there is no Worker (tests). */
function checkOffThread(challenge: Challenge, doc: DiagramDocument): Promise<CheckResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(checkChallenge(challenge, doc));
  if (!worker) {
    worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; result?: CheckResult | null; error?: string }>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, (reply) => {
      if (reply.result) resolve(reply.result);
      else reject(new Error(reply.error ?? 'no such challenge'));
    });
    w.postMessage({ id, challenge: challenge.id, doc });
  });
}

/** Opens a challenge: its starting diagram, or the attempt a link carried; the person's own goes to Recent first. */
export function startChallenge(id: string, attempt: DiagramDocument | null): boolean {
  const challenge = findChallenge(id);
  if (!challenge) return false;
  const doc = attempt ?? structuredClone(challenge.start ?? emptyDocument());
  replaceDiagram(doc, currentDocument().nodes.length > 0, null, attempt ? 'link' : 'tutorial');
  useChallenge.setState({ challenge, checking: false, result: null, failure: null });
  shareUiActions.requestFit(true);
  return true;
}

export function leaveChallenge(): void {
  useChallenge.setState({ challenge: null, checking: false, result: null, failure: null });
}

/** Grades the diagram on screen and keeps the best result. */
export async function checkNow(): Promise<void> {
  const { challenge } = useChallenge.getState();
  if (!challenge) return;
  useChallenge.setState({ checking: true, failure: null });
  try {
    const result = await checkOffThread(challenge, currentDocument());
    useChallenge.setState({ result, checking: false });
    if (result.ok) {
      const { progress } = readPractice();
      const held = result.goals.filter((g) => g.pass).length;
      const before = ownOf(progress.challenges, challenge.id);
      progress.challenges[challenge.id] = {
        solved: result.pass || (before?.solved ?? false),
        best: Math.max(held, before?.best ?? 0),
        at: new Date().toISOString(),
      };
      writePractice(progress);
    }
  } catch (error) {
    useChallenge.setState({
      checking: false,
      failure: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Keeps how well an interview answer was known; the not-yet-known come back first. */
export function markQuestion(id: string, mark: Mark): void {
  const { progress } = readPractice();
  progress.interview[id] = { mark, at: new Date().toISOString() };
  writePractice(progress);
}
