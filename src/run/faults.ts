import type { Simulation } from '../engine';
import {
  type DiagramDocument,
  drop,
  type Fault,
  type NodeKind,
  nodeProps,
  own,
  type PropValues,
  put,
} from '../model';

export type { Fault } from '../model';

export { type ActiveFaults, type NodeFaults, noFaults } from './activeFaults';

import { type ActiveFaults, type NodeFaults, noFaults } from './activeFaults';

/** Properties that make a kind slower when multiplied. */
const SLOW_KEYS: Partial<Record<NodeKind, string[]>> = {
  service: ['serviceTimeMs', 'p99Ms'],
  database: ['readMs', 'writeMs'],
  provider: ['responseTimeMs'],
  gateway: ['overheadMs'],
  loadBalancer: ['overheadMs'],
  streams: ['processingMs'],
};

/** Which kinds each fault applies to, so menus only offer what makes sense. */
export function faultsFor(kind: NodeKind): Fault['kind'][] {
  const out: Fault['kind'][] = ['stop', 'start'];
  if (SLOW_KEYS[kind]) out.push('slow');
  if (kind === 'service') out.push('errors', 'instanceDown', 'instanceUp', 'deploy');
  return out;
}

interface Scheduled {
  at: number;
  nodeId: string;
  instances: number;
  step: { instance: number; of: number } | null;
}

/** Applies faults to a simulation and keeps the book of what is in force, including rolling deploys in virtual time. */
export class FaultBook {
  active: ActiveFaults = noFaults();
  private schedule: Scheduled[] = [];

  constructor(private doc: DiagramDocument) {}

  /** Forget everything (a new simulation was compiled). */
  clear(doc: DiagramDocument): void {
    this.doc = doc;
    this.active = noFaults();
    this.schedule = [];
  }

  /** The document changed without rewiring: faults stay, new values become the baseline. */
  rebase(doc: DiagramDocument): void {
    this.doc = doc;
  }

  private baseline(nodeId: string): PropValues | null {
    const node = this.doc.nodes.find((n) => n.id === nodeId);
    return node ? nodeProps(node) : null;
  }

  private entry(nodeId: string): NodeFaults {
    let e = own(this.active.nodes, nodeId);
    if (!e) {
      e = {};
      put(this.active.nodes, nodeId, e);
    }
    return e;
  }

  private tidy(nodeId: string): void {
    const e = own(this.active.nodes, nodeId);
    if (e && Object.values(e).every((v) => v === undefined)) drop(this.active.nodes, nodeId);
  }

  apply(sim: Simulation, fault: Fault, now: number): void {
    if (fault.kind === 'replay') {
      // Not a fault but an operator action: the group reads its topic again from the first kept record.
      sim.replayGroup(fault.topicId, fault.group);
      return;
    }
    if ('edgeId' in fault) {
      sim.setEdgeCut(fault.edgeId, fault.kind === 'cut');
      if (fault.kind === 'cut') put(this.active.edges, fault.edgeId, { cut: true });
      else drop(this.active.edges, fault.edgeId);
      return;
    }
    const base = this.baseline(fault.nodeId);
    const node = this.doc.nodes.find((n) => n.id === fault.nodeId);
    if (!base || !node) return;
    const e = this.entry(fault.nodeId);
    const instances = Number(base.instances ?? 1);
    switch (fault.kind) {
      case 'stop':
      case 'start':
        sim.setNodeUp(fault.nodeId, fault.kind === 'start');
        e.stopped = fault.kind === 'stop' ? true : undefined;
        break;
      case 'slow': {
        const props: PropValues = {};
        for (const key of SLOW_KEYS[node.kind] ?? [])
          props[key] = Math.max(0.1, Number(base[key]) * fault.factor);
        sim.updateNodeProps(fault.nodeId, props);
        e.slow = fault.factor === 1 ? undefined : fault.factor;
        break;
      }
      case 'errors':
        sim.updateNodeProps(fault.nodeId, { errorRatePct: fault.pct });
        e.errorPct = fault.pct === Number(base.errorRatePct ?? 0) ? undefined : fault.pct;
        break;
      case 'instanceDown':
      case 'instanceUp': {
        const down = Math.max(
          0,
          Math.min(instances - 1, (e.instancesDown ?? 0) + (fault.kind === 'instanceDown' ? 1 : -1)),
        );
        e.instancesDown = down || undefined;
        sim.updateNodeProps(fault.nodeId, { instances: instances - down });
        if (instances === 1 && fault.kind === 'instanceDown') {
          sim.setNodeUp(fault.nodeId, false);
          e.stopped = true;
        }
        break;
      }
      case 'deploy': {
        // One instance at a time leaves for `perInstanceMs` while its new version starts; a single
        // instance means the service is down for its deploy: the point of running two or more.
        this.schedule = this.schedule.filter((s) => s.nodeId !== fault.nodeId);
        for (let i = 0; i < instances; i++) {
          this.schedule.push({
            at: now + i * fault.perInstanceMs,
            nodeId: fault.nodeId,
            instances: instances - 1,
            step: { instance: i + 1, of: instances },
          });
        }
        this.schedule.push({
          at: now + instances * fault.perInstanceMs,
          nodeId: fault.nodeId,
          instances,
          step: null,
        });
        this.schedule.sort((a, b) => a.at - b.at);
        break;
      }
      case 'restore':
        sim.setNodeUp(fault.nodeId, Boolean(base.up ?? true));
        sim.updateNodeProps(fault.nodeId, this.restorable(node.kind, base));
        this.schedule = this.schedule.filter((s) => s.nodeId !== fault.nodeId);
        drop(this.active.nodes, fault.nodeId);
        return;
    }
    this.tidy(fault.nodeId);
  }

  private restorable(kind: NodeKind, base: PropValues): PropValues {
    const out: PropValues = {};
    for (const key of [
      ...(SLOW_KEYS[kind] ?? []),
      ...(kind === 'service' ? ['errorRatePct', 'instances'] : []),
    ]) {
      if (base[key] !== undefined) out[key] = base[key]!;
    }
    return out;
  }

  /** Virtual time of the next scheduled fault step, or Infinity. */
  nextAt(): number {
    return this.schedule[0]?.at ?? Number.POSITIVE_INFINITY;
  }

  /** Applies every scheduled step due at or before `now`. */
  fire(sim: Simulation, now: number): void {
    while (this.schedule.length && this.schedule[0]!.at <= now) {
      const s = this.schedule.shift()!;
      const e = this.entry(s.nodeId);
      if (s.instances === 0) sim.setNodeUp(s.nodeId, false);
      else {
        sim.setNodeUp(s.nodeId, !e.stopped);
        sim.updateNodeProps(s.nodeId, { instances: s.instances });
      }
      e.deploying = s.step ?? undefined;
      this.tidy(s.nodeId);
    }
  }
}
