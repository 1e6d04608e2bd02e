import { create } from 'zustand';
import type { Snapshot } from '../engine';

/** A node's live figures for its badges; refreshed a few times a second. */
export interface NodeLive {
  inFlight: number;
  backlog: number;
  /** 0..1, or null for kinds without workers. */
  utilization: number | null;
  up: boolean;
  errors: number;
}

interface LiveState {
  byId: Readonly<Record<string, NodeLive>>;
}

/** Live badges' store: components select their own node's entry, which keeps its identity while unchanged. */
export const useLive = create<LiveState>()(() => ({ byId: {} }));

function same(a: NodeLive | undefined, b: NodeLive): boolean {
  return (
    !!a &&
    a.inFlight === b.inFlight &&
    a.backlog === b.backlog &&
    a.utilization === b.utilization &&
    a.up === b.up &&
    a.errors === b.errors
  );
}

/** Copies a snapshot's node counters into the live store, reusing entries that did not change. */
export function publishLive(snapshot: Pick<Snapshot, 'nodes'> | null, nodeIds: readonly string[]): void {
  const prev = useLive.getState().byId;
  if (!snapshot) {
    if (Object.keys(prev).length) useLive.setState({ byId: {} });
    return;
  }
  const n = snapshot.nodes;
  const next: Record<string, NodeLive> = {};
  let changed = Object.keys(prev).length !== nodeIds.length;
  nodeIds.forEach((id, i) => {
    const u = n.utilization[i]!;
    const live: NodeLive = {
      inFlight: n.inFlight[i]!,
      backlog: n.backlog[i]!,
      utilization: u < 0 ? null : Math.round(u * 100) / 100,
      up: n.up[i] === 1,
      errors: n.errors[i]!,
    };
    const old = prev[id];
    if (old && same(old, live)) next[id] = old;
    else {
      next[id] = live;
      changed = true;
    }
  });
  if (changed) useLive.setState({ byId: next });
}
