/// <reference lib="webworker" />
import { snapshotTransferables } from '../engine';
import type { RunCommand, RunReply } from './protocol';
import { Runner } from './runner';

/** The engine's home off the main thread: commands in, frames out (snapshots transferred, not copied). */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const runner = new Runner(() => performance.now());

scope.onmessage = (event: MessageEvent<RunCommand>) => {
  const reply: RunReply | null = runner.handle(event.data);
  if (!reply) return;
  scope.postMessage(
    reply,
    reply.type === 'frame' && reply.snapshot ? snapshotTransferables(reply.snapshot) : [],
  );
};
