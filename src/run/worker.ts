/// <reference lib="webworker" />
import { snapshotTransferables } from '../engine';
import { FramePacker } from './framePacking';
import type { RunCommand, RunReply } from './protocol';
import { Runner } from './runner';

/**
 * The engine's home off the main thread: commands in, frames out (snapshots transferred, not
 * copied; component and wire ids only when they change, see framePacking.ts).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const runner = new Runner(() => performance.now());
const packer = new FramePacker();

scope.onmessage = (event: MessageEvent<RunCommand>) => {
  const reply: RunReply | null = runner.handle(event.data);
  if (!reply) return;
  scope.postMessage(
    packer.pack(reply),
    reply.type === 'frame' && reply.snapshot ? snapshotTransferables(reply.snapshot) : [],
  );
};
