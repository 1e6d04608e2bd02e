import { ownedPartitions } from './consumerGroup';
import type { Engine } from './engine';
import type { QueueState } from './queue';
import type { Snapshot } from './snapshot';
import type { TopicState } from './topic';

/* The snapshot's broker sections: small plain arrays, structured-cloned rather than transferred. */

/** The per-node broker sections, filled in node order by each kind's KindBehaviour.snapshot. */
export type BrokerSections = Pick<Snapshot, 'queues' | 'topics'>;

export function snapshotQueue(_e: Engine, q: QueueState, out: BrokerSections): void {
  out.queues.push({ node: q.node, depth: q.ready.length, unacked: q.unackedTotal, capacity: q.capacity });
}

export function snapshotTopic(_e: Engine, t: TopicState, out: BrokerSections): void {
  out.topics.push({
    node: t.node,
    endOffsets: Array.from(t.end),
    startOffsets: Array.from(t.start),
    groups: t.groups.map((g) => ({
      group: g.name,
      lag: Array.from({ length: t.partitions }, (_, p) => g.lag(p)),
      committed: Array.from(g.committed),
    })),
  });
}

/** Per consume wire from a topic to a service, in edge order: the partitions each instance owns. */
export function consumerSections(e: Engine): Snapshot['consumers'] {
  const consumers: Snapshot['consumers'] = [];
  e.groupOfEdge.forEach((g, edge) => {
    const node = e.edgeTarget[edge]!;
    if (g && e.states.service[node])
      consumers.push({ node, source: g.topic.node, group: g.name, instances: ownedPartitions(e, g, edge) });
  });
  return consumers;
}
