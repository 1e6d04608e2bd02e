import type { NodeKind } from '../types';
import type { Group, KindSpec } from './kindSpec';
import { connect, eventBus, exchange, queue, streams, topic } from './messaging';
import { batch, client, database, gateway, loadBalancer, provider, service } from './traffic';

export { EDGE_CATALOGUE, type EdgeKindSpec, type EdgePropSpec, edgePropSpecs } from './edges';
export { GROUPS, type Group, type IconId, type KindSpec } from './kindSpec';

/** Every node kind with its palette entry, properties and defaults. */
export const CATALOGUE: { readonly [K in NodeKind]: KindSpec } = {
  client,
  provider,
  service,
  gateway,
  loadBalancer,
  database,
  batch,
  queue,
  exchange,
  eventBus,
  topic,
  streams,
  connect,
};

/** The kinds in one palette group, in catalogue order. */
export function kindsInGroup(group: Group): KindSpec[] {
  return Object.values(CATALOGUE).filter((k) => k.group === group);
}
