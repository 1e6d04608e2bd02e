import { beforeEach, describe, expect, it } from 'vitest';
import { own } from '../model';
import { publishLive, useLive } from './live';

const nodes = (n: number) => ({
  inFlight: new Int32Array(n),
  backlog: new Int32Array(n),
  utilization: new Float32Array(n).fill(-1),
  up: new Uint8Array(n).fill(1),
  errors: new Float64Array(n),
});

describe('live badge store', () => {
  beforeEach(() => publishLive(null, []));

  it('maps node counters and broker state to node ids', () => {
    const n = nodes(3);
    n.backlog[1] = 7;
    n.utilization[2] = 0.5;
    publishLive(
      {
        nodes: n,
        queues: [{ node: 1, depth: 7, unacked: 2, capacity: 100 }],
        topics: [
          {
            node: 0,
            endOffsets: [5, 9],
            startOffsets: [0, 3],
            groups: [{ group: 'g', lag: [1, 0], committed: [4, 9] }],
          },
        ],
        consumers: [{ node: 2, source: 0, group: 'g', instances: [[0], [1], []] }],
      },
      ['t', 'q', 's'],
    );
    const s = useLive.getState();
    expect(own(s.byId, 'q')).toMatchObject({ backlog: 7, utilization: null });
    expect(own(s.byId, 's')!.utilization).toBe(0.5);
    expect(own(s.queues, 'q')).toEqual({ depth: 7, unacked: 2, capacity: 100 });
    expect(own(s.topics, 't')!.groups[0]!.lag).toEqual([1, 0]);
    expect(own(s.consumers, 's')).toEqual([{ source: 't', group: 'g', instances: [[0], [1], []] }]);
  });

  it('keeps an unchanged entry the same object, so its badge does not re-render', () => {
    const n = nodes(2);
    const queues = [{ node: 0, depth: 1, unacked: 0, capacity: 10 }];
    publishLive({ nodes: n, queues }, ['q', 's']);
    const before = useLive.getState();
    n.inFlight[1] = 3;
    publishLive({ nodes: n, queues: [{ ...queues[0]! }] }, ['q', 's']);
    const after = useLive.getState();
    expect(own(after.byId, 'q')).toBe(own(before.byId, 'q'));
    expect(own(after.byId, 's')).not.toBe(own(before.byId, 's'));
    expect(after.queues).toBe(before.queues);
  });
});
