/*
 * A Runner on its own thread, as the browser's worker host runs it: commands and replies cross a
 * thread boundary by structured clone, and the clock is the thread's own. Node has no Web Worker,
 * so tests use worker_threads; the Runner and everything under it are the same code.
 */
import { parentPort } from 'node:worker_threads';
import type { RunRecord } from '../core';
import { replay } from '../core';
import type { RunCommand } from '../protocol';
import { Runner } from '../runner';

const runner = new Runner(() => performance.now());

type Message = { command: RunCommand } | { replay: RunRecord };

parentPort?.on('message', (message: Message) => {
  if ('replay' in message) {
    const r = message.replay;
    const replayed = replay(r.doc, r.seed, r.journal, r.atMs);
    parentPort?.postMessage({ summary: replayed.ok ? replayed.value.sim.summary() : null });
    return;
  }
  const reply = runner.handle(message.command);
  const summary = message.command.type === 'record' ? runner.run?.sim.summary() : undefined;
  parentPort?.postMessage({ reply, summary });
});
