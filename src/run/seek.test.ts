import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { own } from '../model';
import { PATTERN_DOCS } from '../templates/patterns';
import { replay } from './core';
import type { RunFrame, RunReply } from './protocol';
import { Runner } from './runner';
import { interventions, playLive } from './testing/commands';

const frameOf = (reply: RunReply | null): RunFrame => {
  if (reply?.type !== 'frame') throw new Error(`expected a frame, got ${reply?.type}`);
  return reply.frame;
};

/** Longer runs than the replay test's: interventions spread over tens of virtual seconds. */
const longRun = (doc: Parameters<typeof interventions>[0]) =>
  interventions(doc).map((run) => ({
    ...run,
    speed: 20,
    steps: run.steps.map((s) => ({ ...s, afterTicks: s.afterTicks * 8 })),
    finalTicks: run.finalTicks * 10,
  }));

const DOCS = Object.entries(PATTERN_DOCS);

describe('timeline: seeking shows the run exactly as it was', () => {
  it.each(DOCS.map(([name, doc]) => [name, doc] as const))(
    '%s: a run with faults and live edits, seeked to 20 random moments, equals a fresh replay to each',
    (_name, doc) => {
      fc.assert(
        fc.property(
          longRun(doc),
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 }),
          (run, moments) => {
            // Keyframes every few hundred events, so seeks back start from copies of the run.
            const { runner, record } = playLive(doc, run, { keyframeEvents: 300 });
            const endSummary = runner.run!.sim.summary();
            const endEvents = runner.run!.sim.events;
            moments.forEach((r, i) => {
              const at = Math.floor(r * record.atMs);
              const frame = frameOf(runner.handle({ type: 'seek', atMs: at, id: i }));
              expect(frame.seeked).toBe(i);
              expect(frame.now).toBe(at);
              expect(frame.endMs).toBe(record.atMs);
              const fresh = replay(record.doc, record.seed, record.journal, at);
              if (!fresh.ok) throw new Error('does not replay');
              const seeked = runner.run!.sim;
              expect(seeked.snapshot({ recentMs: 350 })).toEqual(fresh.value.sim.snapshot({ recentMs: 350 }));
              expect(seeked.summary()).toEqual(fresh.value.sim.summary());
            });
            if (endEvents > 1000) expect(runner.keyframeCount).toBeGreaterThan(0);
            // Seeking to the end follows the recorded journal back to where the run was.
            runner.handle({ type: 'seek', atMs: record.atMs, id: 99 });
            expect(runner.run!.sim.summary()).toEqual(endSummary);
          },
        ),
        { numRuns: 2, seed: 21 },
      );
    },
    120_000,
  );
});

describe('timeline: branches, bounds and stepping back', () => {
  const [, doc] = DOCS.find(([name]) => name.includes('sync')) ?? DOCS[0]!;
  const service = doc.nodes.find((n) => n.kind === 'service')!;

  function runFor(ticks: number, speed = 20) {
    let wall = 0;
    const runner = new Runner(() => wall, { keyframeEvents: 200 });
    runner.handle({ type: 'speed', speed });
    runner.handle({ type: 'load', doc, seed: 3 });
    runner.handle({ type: 'play' });
    const tick = (n: number) => {
      for (let i = 0; i < n; i++) {
        wall += 16;
        runner.handle({ type: 'tick', wall });
      }
    };
    tick(ticks);
    return { runner, tick };
  }

  it('after a seek back, playing on applies the recorded fault at its time; a new fault starts a new branch', () => {
    const { runner, tick } = runFor(40);
    runner.handle({ type: 'fault', fault: { kind: 'stop', nodeId: service.id } });
    const stoppedAt = runner.run!.now;
    tick(40);
    const end = runner.run!.now;
    runner.handle({ type: 'seek', atMs: stoppedAt / 2, id: 1 });
    expect(own(runner.run!.faults.active.nodes, service.id)?.stopped).toBeUndefined();
    expect(runner.run!.upcoming).toHaveLength(1);
    // Forward past the recorded stop: it is in force again, at the same time as before.
    const frame = frameOf(runner.handle({ type: 'seek', atMs: end, id: 2 }));
    expect(frame.marks ?? []).toEqual([
      { at: stoppedAt, command: { type: 'fault', fault: { kind: 'stop', nodeId: service.id } } },
    ]);
    expect(own(runner.run!.faults.active.nodes, service.id)?.stopped).toBe(true);
    // Back again, and this time the person slows the service instead: the recorded stop is gone.
    runner.handle({ type: 'seek', atMs: stoppedAt / 2, id: 3 });
    const branched = frameOf(
      runner.handle({ type: 'fault', fault: { kind: 'slow', nodeId: service.id, factor: 4 } }),
    );
    expect(branched.endMs).toBe(stoppedAt / 2);
    expect(branched.marks?.map((m) => m.command)).toEqual([
      { type: 'fault', fault: { kind: 'slow', nodeId: service.id, factor: 4 } },
    ]);
    expect(runner.run!.upcoming).toHaveLength(0);
  });

  it('seeking is paused, never beyond what the run reached, and never before zero', () => {
    const { runner } = runFor(30);
    const end = runner.run!.now;
    expect(frameOf(runner.handle({ type: 'seek', atMs: end * 10, id: 1 })).now).toBe(end);
    const back = frameOf(runner.handle({ type: 'seek', atMs: -5, id: 2 }));
    expect(back.now).toBe(0);
    expect(back.status).toBe('paused');
    expect(back.endMs).toBe(end);
    expect(frameOf(runner.handle({ type: 'seek', atMs: Number.NaN, id: 3 })).now).toBe(0);
  });

  it('step back returns to the moment a step forward came from', () => {
    const { runner } = runFor(20);
    runner.handle({ type: 'pause' });
    runner.handle({ type: 'step' });
    const first = runner.run!.now;
    const atFirst = runner.run!.sim.summary();
    runner.handle({ type: 'step' });
    expect(runner.run!.now).toBeGreaterThan(first);
    const back = frameOf(runner.handle({ type: 'stepBack', id: 7 }));
    expect(back.seeked).toBe(7);
    expect(back.now).toBe(first);
    expect(runner.run!.sim.summary()).toEqual(atFirst);
  });

  it('a shared run opens paused at its moment, with the rest of its journal still to come', () => {
    const { runner, tick } = runFor(30);
    runner.handle({ type: 'fault', fault: { kind: 'stop', nodeId: service.id } });
    tick(30);
    const reply = runner.handle({ type: 'record' });
    if (reply?.type !== 'record' || !reply.record) throw new Error('no record');
    const record = reply.record;
    const moment = Math.round(record.journal.entries[0]!.at / 2);
    const other = new Runner(() => 0);
    const opened = frameOf(
      other.handle({ type: 'openRun', record: { ...record, atMs: moment }, endMs: record.atMs }),
    );
    expect(opened.status).toBe('paused');
    expect(opened.now).toBe(moment);
    expect(opened.endMs).toBe(record.atMs);
    const fresh = replay(record.doc, record.seed, record.journal, moment);
    if (!fresh.ok) throw new Error('does not replay');
    expect(other.run!.sim.summary()).toEqual(fresh.value.sim.summary());
    other.handle({ type: 'seek', atMs: record.atMs, id: 1 });
    expect(other.run!.sim.summary()).toEqual(runner.run!.sim.summary());
  });
});
