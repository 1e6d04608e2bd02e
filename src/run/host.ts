import { FrameUnpacker, type PostedReply } from './framePacking';
import type { RunCommand, RunReply } from './protocol';
import { Runner } from './runner';

/**
 * Where the engine runs: a Web Worker (the default), or the main thread (`?engine=main`, for
 * comparison). Either way the page draws the messages; see docs/ARCHITECTURE.md for the figures
 * that chose this split.
 */
export interface RunHost {
  readonly where: 'worker' | 'main';
  send(cmd: RunCommand): void;
  dispose(): void;
}

export function createRunHost(onReply: (reply: RunReply) => void, where: 'worker' | 'main'): RunHost {
  if (where === 'worker' && typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const unpacker = new FrameUnpacker();
    worker.onmessage = (e: MessageEvent<PostedReply>) => onReply(unpacker.unpack(e.data));
    // An error the runner did not catch (the worker's script failed to load, say) ends the run too.
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      onReply({ type: 'failed', message: e.message || 'the engine stopped' });
    };
    worker.onmessageerror = () =>
      onReply({ type: 'failed', message: 'a message from the engine was unreadable' });
    return { where: 'worker', send: (cmd) => worker.postMessage(cmd), dispose: () => worker.terminate() };
  }
  const runner = new Runner(() => performance.now());
  return {
    where: 'main',
    send(cmd) {
      const reply = runner.handle(cmd);
      if (reply) onReply(reply);
    },
    dispose: () => {},
  };
}
