/* The worker side of bench-check.ts: checks a challenge's reference design on the hidden seeds. */
import { parentPort } from 'node:worker_threads';
import { CHALLENGES, findChallenge } from '../src/practice/challenges';
import { checkChallenge } from '../src/practice/check';

parentPort?.on('message', (message: { list?: true; id?: string }) => {
  if (message.list) {
    parentPort?.postMessage(CHALLENGES.map((c) => c.id));
    return;
  }
  const challenge = findChallenge(message.id ?? '')!;
  const started = performance.now();
  const result = checkChallenge(challenge, challenge.reference);
  parentPort?.postMessage({ ms: performance.now() - started, pass: result.ok && result.pass });
});
