import { describe, expect, it } from 'vitest';
import type { DiagramDocument } from '../model';
import { emptyDocument, own } from '../model';
import type { RunFrame, RunReply } from './protocol';
import { Runner } from './runner';

function doc(instances = 2): DiagramDocument {
  return {
    ...emptyDocument(),
    nodes: [
      { id: 'n1', kind: 'client', label: 'C', position: { x: 0, y: 0 }, props: { mode: 'async', rate: 50 } },
      {
        id: 'n2',
        kind: 'service',
        label: 'S',
        position: { x: 300, y: 0 },
        props: { instances, serviceTimeMs: 20 },
      },
    ],
    edges: [{ id: 'e1', source: 'n1', target: 'n2', props: {} }],
  };
}

function frameOf(reply: RunReply | null): RunFrame {
  if (reply?.type !== 'frame') throw new Error('expected a frame');
  return reply.frame;
}

/** A runner on a fake clock that ticks in 16 ms wall steps. */
function setup(d = doc()) {
  let wall = 0;
  const runner = new Runner(() => wall);
  frameOf(runner.handle({ type: 'load', doc: d, seed: 7 }));
  const tick = (n = 1) => {
    let f: RunFrame | null = null;
    for (let i = 0; i < n; i++) {
      wall += 16;
      f = frameOf(runner.handle({ type: 'tick', wall }));
    }
    return f!;
  };
  return { runner, tick };
}

describe('run loop', () => {
  it('advances virtual time by wall time times the speed, and not while paused', () => {
    const { runner, tick } = setup();
    runner.handle({ type: 'speed', speed: 2 });
    runner.handle({ type: 'play' });
    const first = tick(1);
    expect(first.now).toBe(0);
    const f = tick(10);
    expect(f.now).toBeCloseTo(10 * 16 * 2, 6);
    expect(f.status).toBe('running');
    runner.handle({ type: 'pause' });
    expect(tick(5).now).toBe(f.now);
  });

  it('keeps the asked speed when ticks come a few times a second (reduced motion), but not after a long absence', () => {
    let wall = 0;
    const runner = new Runner(() => wall);
    runner.handle({ type: 'load', doc: doc(), seed: 7 });
    runner.handle({ type: 'speed', speed: 2 });
    runner.handle({ type: 'play' });
    runner.handle({ type: 'tick', wall });
    let now = 0;
    for (let i = 0; i < 8; i++) {
      wall += 250;
      now = frameOf(runner.handle({ type: 'tick', wall, catchUpMs: 350 })).now;
    }
    expect(now).toBeCloseTo(8 * 250 * 2, 6);
    // A tab hidden for a minute does not make up the minute at once.
    wall += 60_000;
    const after = frameOf(runner.handle({ type: 'tick', wall, catchUpMs: 350 })).now;
    expect(after - now).toBeGreaterThan(0);
    expect(after - now).toBeLessThan(2_000);
    // Ticking every frame, a stall of a quarter second is not made up either (at most 100 ms).
    wall += 250;
    const stalled = frameOf(runner.handle({ type: 'tick', wall })).now;
    expect(stalled - after).toBeCloseTo(100 * 2, 6);
  });

  it('steps one event at a time and resets to zero with the same seed', () => {
    const { runner } = setup();
    const a = frameOf(runner.handle({ type: 'step' }));
    const b = frameOf(runner.handle({ type: 'step' }));
    expect(b.events).toBeGreaterThan(a.events);
    expect(b.status).toBe('paused');
    const reset = frameOf(runner.handle({ type: 'reset' }));
    expect(reset).toMatchObject({ now: 0, events: 0, status: 'idle' });
  });

  it('applies property edits live, and restarts from zero when the wiring changes', () => {
    const d = doc();
    const { runner, tick } = setup(d);
    runner.handle({ type: 'play' });
    tick(30);
    const edited = {
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'n2' ? { ...n, props: { ...n.props, instances: 5 } } : n)),
    };
    const live = frameOf(runner.handle({ type: 'edit', doc: edited }));
    expect(live.restarted).toBe(false);
    expect(live.now).toBeGreaterThan(0);
    const rewired = { ...edited, edges: [] };
    const restarted = frameOf(runner.handle({ type: 'edit', doc: rewired }));
    expect(restarted).toMatchObject({ restarted: true, now: 0, status: 'running' });
  });

  it('refuses an invalid diagram with its issues', () => {
    const runner = new Runner(() => 0);
    const bad = { ...doc(), edges: [{ id: 'e1', source: 'n2', target: 'n1', props: {} }] };
    const f = frameOf(runner.handle({ type: 'load', doc: bad, seed: 1 }));
    expect(f.counters).toBeNull();
    expect(f.issues?.[0]?.problem.code).toBe('wiring');
  });

  it('stops and starts a node, cuts a wire, and reports the faults in force', () => {
    const { runner, tick } = setup();
    runner.handle({ type: 'play' });
    tick(5);
    let f = frameOf(runner.handle({ type: 'fault', fault: { kind: 'stop', nodeId: 'n2' } }));
    expect(f.counters!.nodes.up[1]).toBe(0);
    expect(own(f.faults.nodes, 'n2')).toEqual({ stopped: true });
    f = frameOf(runner.handle({ type: 'fault', fault: { kind: 'cut', edgeId: 'e1' } }));
    expect(f.counters!.edges.cut[0]).toBe(1);
    runner.handle({ type: 'fault', fault: { kind: 'heal', edgeId: 'e1' } });
    f = frameOf(runner.handle({ type: 'fault', fault: { kind: 'restore', nodeId: 'n2' } }));
    expect(f.counters!.nodes.up[1]).toBe(1);
    expect(f.faults).toEqual({ nodes: {}, edges: {} });
  });

  it('rolls a deploy through the instances one at a time, in virtual time', () => {
    const { runner, tick } = setup(doc(3));
    runner.handle({ type: 'speed', speed: 50 });
    runner.handle({ type: 'play' });
    tick(2);
    let f = frameOf(
      runner.handle({ type: 'fault', fault: { kind: 'deploy', nodeId: 'n2', perInstanceMs: 1000 } }),
    );
    const start = f.now;
    const seen = new Set<number>();
    while (f.now < start + 3500) {
      f = tick(1);
      const d = own(f.faults.nodes, 'n2')?.deploying;
      if (d) {
        seen.add(d.instance);
        expect(d.of).toBe(3);
        // The step shown matches the virtual time since the deploy began.
        expect(d.instance).toBe(Math.min(3, Math.floor((f.now - start) / 1000) + 1));
      }
    }
    expect([...seen].sort()).toEqual([1, 2, 3]);
    expect(own(f.faults.nodes, 'n2')).toBeUndefined();
  });
});

describe('edits the running simulation cannot take', () => {
  it('restart the run, so the simulation always matches the diagram', () => {
    const d: DiagramDocument = {
      ...emptyDocument(),
      nodes: [
        { id: 'n1', kind: 'client', label: 'C', position: { x: 0, y: 0 }, props: { mode: 'async' } },
        { id: 'n2', kind: 'topic', label: 'T', position: { x: 300, y: 0 }, props: { partitions: 6 } },
      ],
      edges: [{ id: 'e1', source: 'n1', target: 'n2', props: {} }],
    };
    const { runner, tick } = setup(d);
    runner.handle({ type: 'play' });
    tick(20);
    const more = {
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'n2' ? { ...n, props: { partitions: 12 } } : n)),
    };
    expect(frameOf(runner.handle({ type: 'edit', doc: more }))).toMatchObject({
      restarted: true,
      now: 0,
      status: 'running',
    });
  });

  it('an exception in the engine ends the run with its message, and Run starts the diagram afresh', () => {
    const { runner, tick } = setup();
    runner.handle({ type: 'play' });
    tick(3);
    // Stand-in for a bug deep in a behaviour: the simulation throws while advancing.
    runner.run!.sim.advanceTo = () => {
      throw new Error('boom in a behaviour');
    };
    const failed = runner.handle({ type: 'tick', wall: 10_000 });
    expect(failed).toEqual({ type: 'failed', message: 'boom in a behaviour' });
    const after = frameOf(runner.handle({ type: 'pause' }));
    expect(after).toMatchObject({ status: 'idle', now: 0, events: 0 });
    runner.handle({ type: 'play' });
    expect(tick(5)).toMatchObject({ status: 'running' });
    expect(tick(5).now).toBeGreaterThan(0);
  });
});

describe('live edits back to a default', () => {
  it('a property set back to its default reaches the running simulation (the default, not nothing)', () => {
    const { runner, tick } = setup(doc(1));
    runner.handle({ type: 'play' });
    tick(2);
    const withFour = {
      ...doc(1),
      nodes: doc(1).nodes.map((n) =>
        n.id === 'n2' ? { ...n, props: { instances: 4, serviceTimeMs: 20 } } : n,
      ),
    };
    runner.handle({ type: 'edit', doc: withFour });
    const back = doc(1);
    back.nodes[1]!.props = { serviceTimeMs: 20 };
    runner.handle({ type: 'edit', doc: back });
    const entries = runner.run!.journal().entries;
    expect(entries.at(-1)!.command).toEqual({ type: 'nodeProps', id: 'n2', props: { serviceTimeMs: 20 } });
    // Told instances = 1 (the default), the service is one worker again: busy is 0 or 1, never a quarter.
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) {
      tick(1);
      seen.add(runner.run!.sim.snapshot().nodes.utilization[1]!);
    }
    expect([...seen].every((u) => u === 0 || u === 1)).toBe(true);
    expect(seen.has(1)).toBe(true);
  });
});
