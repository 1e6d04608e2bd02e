/// <reference lib="webworker" />
import { snapshotTransferables } from '../engine';
import type { RunCommand } from './protocol';
import { Runner } from './runner';

/** The engine's home off the main thread: commands in, frames out (snapshots transferred, not copied). */
const runner = new Runner(() => performance.now());

self.onmessage = (event: MessageEvent<RunCommand>) => {
  const reply = runner.handle(event.data);
  if (!reply) return;
  const transfer =
    reply.type === 'frame' && reply.frame.snapshot ? snapshotTransferables(reply.frame.snapshot) : [];
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
};
