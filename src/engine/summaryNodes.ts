import { idRecord, put } from '../model';
import type { BatchState } from './batch';
import type { ClientState } from './client';
import { latencyStats } from './core/histogram';
import type { DatabaseState } from './database';
import type { Engine } from './engine';
import type { GatewayState } from './gateway';
import type { BalancerState } from './loadBalancer';
import type { ProviderState } from './provider';
import type { ServiceState } from './service';
import type { GatewaySummary, RunSummary } from './summary';

/* The run summary's sections for the request/response kinds (docs/FORMAT.md, "Run summary"). */

/** Rounded to 6 decimals, for a readable summary. */
export const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
export const r3 = (x: number): number => Math.round(x * 1e3) / 1e3;

export function summarizeClient(_e: Engine, client: ClientState, id: string, out: RunSummary): void {
  if (client.mode === 1) {
    put(out.asyncClients, id, {
      accepted: client.accepted,
      callbacks: client.callbacks,
      outOfOrder: client.outOfOrder,
      ackLatency: latencyStats(client.ackLatency),
    });
  }
  if (client.mode === 2) {
    put(out.pollingClients, id, {
      polls: client.polls,
      emptyPolls: client.emptyPolls,
      wastedPct: client.polls > 0 ? r3((100 * client.emptyPolls) / client.polls) : 0,
      notModified: client.notModified,
      changesSeen: client.changesSeen,
      meanStalenessMs: client.changesSeen > 0 ? r3(client.stalenessSum / client.changesSeen) : 0,
    });
  }
  if (client.throttled > 0) put(out.throttledClients, id, { skippedForRetryAfter: client.throttled });
}

export function summarizeGateway(_e: Engine, gw: GatewayState, id: string, out: RunSummary): void {
  const routes: GatewaySummary['routes'] = idRecord();
  for (const r of gw.routes) {
    put(routes, r.prefix || '*', { count: r.count, errors: r.errors, latency: latencyStats(r.latency) });
  }
  put(out.gateways, id, { published: gw.published, partialResponses: gw.partial, routes });
}

export function summarizeBalancer(e: Engine, lb: BalancerState, id: string, out: RunSummary): void {
  const picked = idRecord<number>();
  lb.targets.forEach((edge, k) => {
    put(picked, e.edgeIds[edge]!, lb.picked[k]!);
  });
  put(out.loadBalancers, id, { picked });
}

/** A service's section, and for one fed by a queue or topic its consumer section too. */
export function summarizeService(_e: Engine, svc: ServiceState, id: string, out: RunSummary): void {
  put(out.services, id, {
    started: svc.started,
    meanWaitMs: svc.started > 0 ? r3(svc.waitSum / svc.started) : 0,
  });
  const lanes = svc.lanes;
  if (lanes) put(out.consumers, id, { consumed: Array.from(lanes.consumed.subarray(0, lanes.seen)) });
}

export function summarizeDatabase(_e: Engine, db: DatabaseState, id: string, out: RunSummary): void {
  put(out.databases, id, { reads: db.reads, writes: db.writes });
}

export function summarizeProvider(_e: Engine, provider: ProviderState, id: string, out: RunSummary): void {
  put(out.providers, id, { changes: provider.changes });
}

export function summarizeBatch(_e: Engine, b: BatchState, id: string, out: RunSummary): void {
  put(out.batches, id, {
    items: b.items,
    batches: b.batches,
    meanBatchSize: b.batches > 0 ? r3(b.itemsSent / b.batches) : 0,
    connectionsSaved: b.itemsSent - b.batches,
    flushedBySize: b.bySize,
    flushedByWindow: b.byWindow,
    waiting: b.openCount,
  });
}
