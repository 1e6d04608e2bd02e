import { describe, expect, it } from 'vitest';
import type { NodeSummary, RunSummary } from '../engine';
import {
  type Fault,
  type IdRecord,
  idRecord,
  idRecordOf,
  type JournalEntry,
  type NodeKind,
  ownValues,
  put,
} from '../model';
import { type NodeFaults, noFaults } from '../run/faults';
import type { PlaygroundEvent } from '../store/events';
import {
  eventSeen,
  faultActive,
  faultApplied,
  lagFellBack,
  metricAtLeast,
  metricAtMost,
  queueDepthAtLeast,
  queueFellBack,
  totalLag,
  totalOf,
} from './goals';
import { IDLE_RUN } from './runView';
import { Build } from './testing/build';
import { HeadlessPlayground } from './testing/headless';
import type { Goal, GoalContext, RunView } from './types';

/*
 * The run goals, judged on plain contexts: a diagram built through the model's own commands (so
 * the same answer can be built with other labels, places and extra components) and a run view
 * written out by hand, as the page would hand it over. Two of them also against a real headless run.
 */

const latency = { count: 0, mean: 0, p50: 0, p95: 0, p99: 0, min: 0, max: 0 };

function nodeSummary(kind: NodeKind, label: string, over: Partial<NodeSummary> = {}): NodeSummary {
  return {
    kind,
    label,
    received: 0,
    completed: 0,
    errors: { timeout: 0, '401': 0, '403': 0, '404': 0, '429': 0, '503': 0, failed: 0, circuitOpen: 0 },
    latency,
    utilization: null,
    backlog: { max: 0, mean: 0 },
    inFlight: 0,
    ...over,
  };
}

function emptySummary(): RunSummary {
  return {
    seed: 1,
    durationMs: 0,
    events: 0,
    nodes: idRecord(),
    edges: idRecord(),
    callerEdges: idRecord(),
    asyncClients: idRecord(),
    pollingClients: idRecord(),
    throttledClients: idRecord(),
    webhooks: idRecord(),
    gateways: idRecord(),
    loadBalancers: idRecord(),
    services: idRecord(),
    databases: idRecord(),
    providers: idRecord(),
    batches: idRecord(),
    messaging: idRecord(),
    queues: idRecord(),
    exchanges: idRecord(),
    topics: idRecord(),
    consumers: idRecord(),
    eventBuses: idRecord(),
    streams: idRecord(),
    connectors: idRecord(),
  };
}

/** A queue's summary with the given peak depth. */
function withQueue(s: RunSummary, id: string, peak: number): RunSummary {
  put(s.queues, id, {
    published: peak,
    delivered: 0,
    acked: 0,
    redelivered: 0,
    deadLettered: 0,
    dropped: 0,
    depth: { max: peak, mean: peak / 2 },
  });
  put(s.nodes, id, nodeSummary('queue', id, { backlog: { max: peak, mean: peak / 2 } }));
  return s;
}

const running = (over: Partial<RunView>): RunView => ({
  ...IDLE_RUN,
  status: 'running',
  now: 10_000,
  ...over,
});
const ctx = (b: Build, run: RunView, events: PlaygroundEvent[] = []): GoalContext => ({
  doc: b.doc,
  run,
  events,
});
const depths = (entries: [string, number][]): IdRecord<number> => idRecordOf(entries);
const lags = (entries: [string, [string, number][]][]): IdRecord<IdRecord<number>> =>
  idRecordOf(entries.map(([topic, groups]) => [topic, idRecordOf(groups)] as const));

function faults(entries: [string, NodeFaults][]): RunView['faults'] {
  const f = noFaults();
  for (const [id, nf] of entries) put(f.nodes, id, nf);
  return f;
}

const journal = (...list: Fault[]): JournalEntry[] =>
  list.map((fault, i) => ({ at: 1000 * (i + 1), command: { type: 'fault', fault } }));

/** Checkout → jobs queue → worker, as the queues tutorial builds it. */
const plainQueue = () =>
  new Build().add('c', 'client').add('q', 'queue').add('w', 'service').wire('c', 'q').wire('q', 'w');

/** The same answer built another way: other labels and places, built in another order, extra parts. */
const otherQueue = () =>
  new Build()
    .add('w', 'service', { x: 900, y: 400 }, 'Рахунки')
    .add('spare', 'queue', { x: -200, y: 40 }, 'spare')
    .add('db', 'database', { x: 10, y: 10 })
    .add('q', 'queue', { x: 300, y: -120 }, 'invoices')
    .add('c', 'client', { x: -500, y: 0 }, 'Shop')
    .wire('c', 'q')
    .wire('q', 'w')
    .wire('w', 'db');

describe('queueFellBack', () => {
  const goal = queueFellBack(40, 0);

  it('holds for a queue that filled up and emptied again, however the diagram is built', () => {
    const a = plainQueue();
    const b = otherQueue();
    const runA = running({
      summary: withQueue(emptySummary(), a.id('q'), 44),
      queueDepth: depths([[a.id('q'), 0]]),
    });
    const summaryB = withQueue(withQueue(emptySummary(), b.id('spare'), 3), b.id('q'), 51);
    const runB = running({
      summary: summaryB,
      queueDepth: depths([
        [b.id('spare'), 3],
        [b.id('q'), 0],
      ]),
    });
    expect(goal(ctx(a, runA))).toBe(true);
    expect(goal(ctx(b, runB))).toBe(true);
  });

  it('does not hold while the queue is still deep, if it never got deep, or for a queue no longer there', () => {
    const a = plainQueue();
    const q = a.id('q');
    const deepNow = running({ summary: withQueue(emptySummary(), q, 44), queueDepth: depths([[q, 12]]) });
    const neverDeep = running({ summary: withQueue(emptySummary(), q, 39), queueDepth: depths([[q, 0]]) });
    const noFigures = running({ summary: null, queueDepth: depths([[q, 0]]) });
    const gone = running({
      summary: withQueue(emptySummary(), 'removed', 80),
      queueDepth: depths([['removed', 0]]),
    });
    expect(goal(ctx(a, deepNow))).toBe(false);
    expect(goal(ctx(a, neverDeep))).toBe(false);
    expect(goal(ctx(a, noFigures))).toBe(false);
    expect(goal(ctx(a, gone))).toBe(false);
  });

  it('on a real run: false while the consumer is down, true once it has drained the backlog', () => {
    const b = plainQueue();
    const play = new HeadlessPlayground(b.doc);
    try {
      play.controls.play();
      play.advance(2000);
      play.controls.fault({ kind: 'stop', nodeId: b.id('w') });
      play.advance(10_000);
      expect(queueDepthAtLeast(40)(play.context())).toBe(true);
      expect(goal(play.context())).toBe(false);
      play.controls.fault({ kind: 'start', nodeId: b.id('w') });
      let waited = 0;
      while (!goal(play.context()) && waited < 30_000) {
        play.advance(500);
        waited += 500;
      }
      expect(goal(play.context())).toBe(true);
    } finally {
      play.dispose();
    }
  });
});

describe('queueDepthAtLeast', () => {
  const goal = queueDepthAtLeast(40);

  it('holds when any queue in the diagram holds that many, labels and extra queues aside', () => {
    const a = plainQueue();
    const b = otherQueue();
    expect(goal(ctx(a, running({ queueDepth: depths([[a.id('q'), 40]]) })))).toBe(true);
    const other = depths([
      [b.id('spare'), 2],
      [b.id('q'), 57],
    ]);
    expect(goal(ctx(b, running({ queueDepth: other })))).toBe(true);
  });

  it('does not hold below the depth, for ids that are not queues of this diagram, or before a run', () => {
    const a = plainQueue();
    expect(goal(ctx(a, running({ queueDepth: depths([[a.id('q'), 39]]) })))).toBe(false);
    // A depth reported under the worker's id, or a queue removed from the diagram, is not a queue here.
    expect(goal(ctx(a, running({ queueDepth: depths([[a.id('w'), 90]]) })))).toBe(false);
    expect(goal(ctx(a, running({ queueDepth: depths([['removed', 90]]) })))).toBe(false);
    expect(goal(ctx(a, IDLE_RUN))).toBe(false);
  });
});

describe('faultActive', () => {
  const goal = faultActive('service', 'stopped');

  it('holds when some component of the kind has the fault, whichever one and however labelled', () => {
    const a = plainQueue();
    const b = otherQueue().add('w2', 'service', { x: 50, y: 900 }, 'Second worker');
    expect(goal(ctx(a, running({ faults: faults([[a.id('w'), { stopped: true }]]) })))).toBe(true);
    expect(goal(ctx(b, running({ faults: faults([[b.id('w2'), { stopped: true }]]) })))).toBe(true);
  });

  it('does not hold for another fault, the same fault on another kind, or no fault', () => {
    const b = otherQueue();
    expect(goal(ctx(b, running({ faults: faults([[b.id('w'), { slow: 5 }]]) })))).toBe(false);
    expect(goal(ctx(b, running({ faults: faults([[b.id('db'), { stopped: true }]]) })))).toBe(false);
    expect(goal(ctx(b, running({ faults: faults([['removed', { stopped: true }]]) })))).toBe(false);
    expect(goal(ctx(b, running({})))).toBe(false);
    expect(
      faultActive(
        'service',
        'instancesDown',
      )(ctx(b, running({ faults: faults([[b.id('w'), { instancesDown: 1 }]]) }))),
    ).toBe(true);
  });
});

describe('faultApplied', () => {
  it('holds when the journal has the fault on a component of the kind, among other entries', () => {
    const a = plainQueue();
    const b = otherQueue();
    const goal = faultApplied('instanceDown', 'service');
    expect(goal(ctx(a, running({ journal: journal({ kind: 'instanceDown', nodeId: a.id('w') }) })))).toBe(
      true,
    );
    const busy = [
      { at: 500, command: { type: 'nodeProps', id: b.id('w'), props: { instances: 3 } } } as JournalEntry,
      ...journal(
        { kind: 'slow', nodeId: b.id('db'), factor: 5 },
        { kind: 'instanceDown', nodeId: b.id('w') },
      ),
    ];
    expect(goal(ctx(b, running({ journal: busy })))).toBe(true);
  });

  it('does not hold for another fault, another kind, a live edit, or an empty journal', () => {
    const b = otherQueue();
    const goal = faultApplied('stop', 'service');
    expect(goal(ctx(b, running({ journal: journal({ kind: 'start', nodeId: b.id('w') }) })))).toBe(false);
    expect(goal(ctx(b, running({ journal: journal({ kind: 'stop', nodeId: b.id('db') }) })))).toBe(false);
    const edit: JournalEntry = { at: 1, command: { type: 'nodeProps', id: b.id('w'), props: { up: false } } };
    expect(goal(ctx(b, running({ journal: [edit] })))).toBe(false);
    expect(goal(ctx(b, running({})))).toBe(false);
  });

  it('matches a replay (a wire action, with no component) only when no kind is asked for', () => {
    const b = new Build()
      .add('shop', 'client', { x: 0, y: 0 }, 'Shop')
      .add('t', 'topic', { x: 300, y: 0 }, 'orders')
      .add('s', 'service')
      .wire('shop', 't')
      .wire('t', 's');
    const replayed = running({
      journal: journal({ kind: 'replay', topicId: b.id('t'), group: 'analytics' }),
    });
    expect(faultApplied('replay')(ctx(b, replayed))).toBe(true);
    expect(faultApplied('replay', 'topic')(ctx(b, replayed))).toBe(false);
    const cut = running({ journal: journal({ kind: 'cut', edgeId: 'e1' }) });
    expect(faultApplied('replay')(ctx(b, cut))).toBe(false);
  });
});

describe('metricAtLeast and metricAtMost', () => {
  const acked = (s: RunSummary) => ownValues(s.queues).reduce((n, q) => n + q.acked, 0);
  const received = totalOf('database', (n) => n.received);

  function dbSummary(entries: [string, string, number][]): RunSummary {
    const s = emptySummary();
    for (const [id, label, n] of entries) put(s.nodes, id, nodeSummary('database', label, { received: n }));
    return s;
  }

  it('metricAtLeast reads the figure over every component of a kind, whatever their labels', () => {
    const goal = metricAtLeast(received, 200);
    const one = dbSummary([['n3', 'Warehouse', 260]]);
    const split = dbSummary([
      ['a', 'Primary', 120],
      ['b', 'Склад', 90],
    ]);
    put(split.nodes, 'c', nodeSummary('service', 'Not a database', { received: 5000 }));
    expect(goal(ctx(new Build(), running({ summary: one })))).toBe(true);
    expect(goal(ctx(new Build(), running({ summary: split })))).toBe(true);
  });

  it('metricAtLeast does not hold below the threshold, on other kinds only, or without figures', () => {
    const goal = metricAtLeast(received, 200);
    const low = dbSummary([['n3', 'Warehouse', 199]]);
    const wrongKind = emptySummary();
    put(wrongKind.nodes, 's', nodeSummary('service', 'Warehouse', { received: 900 }));
    expect(goal(ctx(new Build(), running({ summary: low })))).toBe(false);
    expect(goal(ctx(new Build(), running({ summary: wrongKind })))).toBe(false);
    expect(goal(ctx(new Build(), running({ summary: null })))).toBe(false);
    expect(metricAtLeast(acked, 1)(ctx(new Build(), running({ summary: emptySummary() })))).toBe(false);
  });

  it('metricAtMost holds at or under the threshold once the run has figures, not before', () => {
    const goal = metricAtMost(received, 100);
    const fine = dbSummary([
      ['a', 'A', 40],
      ['b', 'B', 60],
    ]);
    expect(goal(ctx(new Build(), running({ summary: fine })))).toBe(true);
    expect(goal(ctx(new Build(), running({ summary: dbSummary([['x', 'X', 101]]) })))).toBe(false);
    // Nothing has happened yet: zero is not an achievement.
    expect(goal(ctx(new Build(), running({ summary: fine, now: 0 })))).toBe(false);
    expect(goal(ctx(new Build(), running({ summary: null })))).toBe(false);
  });
});

describe('eventSeen', () => {
  const goal = eventSeen((e) => e.type === 'run.reset');

  it('holds when a matching event is among the step’s events, wherever it is', () => {
    const events: PlaygroundEvent[] = [
      { type: 'run.play' },
      { type: 'edit', action: 'setNodeProp', changes: [] },
      { type: 'run.reset', seed: 7 },
      { type: 'run.play' },
    ];
    expect(goal(ctx(new Build(), running({}), events))).toBe(true);
    expect(goal(ctx(new Build(), running({}), [{ type: 'run.reset', seed: 1 }]))).toBe(true);
  });

  it('does not hold without a matching event', () => {
    const events: PlaygroundEvent[] = [
      { type: 'run.play' },
      { type: 'run.pause' },
      { type: 'run.restarted' },
    ];
    expect(goal(ctx(new Build(), running({}), events))).toBe(false);
    expect(goal(ctx(new Build(), running({}), []))).toBe(false);
  });
});

describe('totalLag', () => {
  const atLeast100: Goal = (c) => totalLag(c) >= 100;

  it('sums every group on every topic, however the lag is split', () => {
    const one = running({ lag: lags([['t1', [['billing', 100]]]]) });
    const split = running({
      lag: lags([
        [
          't1',
          [
            ['billing', 30],
            ['analytics', 45],
          ],
        ],
        ['t2', [['group-1', 25]]],
      ]),
    });
    expect(totalLag(ctx(new Build(), split))).toBe(100);
    expect(atLeast100(ctx(new Build(), one))).toBe(true);
    expect(atLeast100(ctx(new Build(), split))).toBe(true);
  });

  it('is zero with no topics or no groups, and a smaller lag does not pass', () => {
    expect(totalLag(ctx(new Build(), IDLE_RUN))).toBe(0);
    expect(totalLag(ctx(new Build(), running({ lag: lags([['t1', []]]) })))).toBe(0);
    const small = running({
      lag: lags([
        [
          't1',
          [
            ['billing', 60],
            ['analytics', 39],
          ],
        ],
      ]),
    });
    expect(atLeast100(ctx(new Build(), small))).toBe(false);
  });
});

describe('lagFellBack', () => {
  const goal = lagFellBack(30, 10);

  /** Shop → orders topic → billing, the Kafka tutorial's start. */
  const plainTopic = () =>
    new Build().add('c', 'client').add('t', 'topic').add('s', 'service').wire('c', 't').wire('t', 's');
  const otherTopic = () =>
    new Build()
      .add('s', 'service', { x: 800, y: 300 }, 'Білінг')
      .add('t2', 'topic', { x: 400, y: 600 }, 'quiet')
      .add('t', 'topic', { x: 400, y: -90 }, 'payments')
      .add('c', 'client', { x: -90, y: 0 }, 'Checkout')
      .add('a', 'service', { x: 800, y: 0 }, 'Analytics')
      .wire('c', 't')
      .wire('t', 's')
      .wire('t', 'a');

  const topicPeak = (s: RunSummary, id: string, peak: number) => {
    put(s.nodes, id, nodeSummary('topic', id, { backlog: { max: peak, mean: 1 } }));
    return s;
  };

  it('holds for a topic whose lag peaked and came back down, labels, places and extra topics aside', () => {
    const a = plainTopic();
    const b = otherTopic();
    const runA = running({
      summary: topicPeak(emptySummary(), a.id('t'), 64),
      lag: lags([[a.id('t'), [['billing', 7]]]]),
    });
    const runB = running({
      summary: topicPeak(topicPeak(emptySummary(), b.id('t2'), 0), b.id('t'), 359),
      lag: lags([
        [b.id('t2'), []],
        [
          b.id('t'),
          [
            ['billing', 3],
            ['analytics', 5],
          ],
        ],
      ]),
    });
    expect(goal(ctx(a, runA))).toBe(true);
    expect(goal(ctx(b, runB))).toBe(true);
  });

  it('does not hold while still behind, if the lag never peaked, for a removed topic, or with no groups', () => {
    const a = plainTopic();
    const t = a.id('t');
    const behind = running({
      summary: topicPeak(emptySummary(), t, 64),
      lag: lags([[t, [['billing', 11]]]]),
    });
    const neverPeaked = running({
      summary: topicPeak(emptySummary(), t, 29),
      lag: lags([[t, [['billing', 0]]]]),
    });
    const removed = running({
      summary: topicPeak(emptySummary(), 'gone', 500),
      lag: lags([['gone', [['billing', 0]]]]),
    });
    const noGroups = running({ summary: topicPeak(emptySummary(), t, 64) });
    expect(goal(ctx(a, behind))).toBe(false);
    expect(goal(ctx(a, neverPeaked))).toBe(false);
    expect(goal(ctx(a, removed))).toBe(false);
    expect(goal(ctx(a, noGroups))).toBe(false);
    // A queue's backlog is not a topic's lag.
    const q = new Build().add('c', 'client').add('q', 'queue').wire('c', 'q');
    const queueRun = running({
      summary: withQueue(emptySummary(), q.id('q'), 80),
      lag: lags([[q.id('q'), []]]),
    });
    expect(goal(ctx(q, queueRun))).toBe(false);
  });

  it('on a real run: false while the consumer is stopped, true once it has caught up', () => {
    const b = plainTopic().set('c', 'rate', 20).set('s', 'instances', 2).set('s', 'serviceTimeMs', 20);
    const play = new HeadlessPlayground(b.doc);
    try {
      play.controls.play();
      play.advance(3000);
      expect(goal(play.context())).toBe(false);
      play.controls.fault({ kind: 'stop', nodeId: b.id('s') });
      play.advance(5000);
      expect(totalLag(play.context())).toBeGreaterThanOrEqual(30);
      expect(goal(play.context())).toBe(false);
      play.controls.fault({ kind: 'start', nodeId: b.id('s') });
      let waited = 0;
      while (!goal(play.context()) && waited < 30_000) {
        play.advance(500);
        waited += 500;
      }
      expect(goal(play.context())).toBe(true);
    } finally {
      play.dispose();
    }
  });
});
