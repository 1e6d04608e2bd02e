import type { PropSpec } from '../props';
import type { Localized, NodeKind } from '../types';

/** Palette groups, in the order the palette shows them. */
export const GROUPS = ['clients', 'services', 'messaging', 'kafka'] as const;
export type Group = (typeof GROUPS)[number];

/** Icon ids; the canvas maps each to a drawing, the model only names it. */
export type IconId =
  | 'client'
  | 'provider'
  | 'service'
  | 'gateway'
  | 'loadBalancer'
  | 'database'
  | 'batch'
  | 'queue'
  | 'exchange'
  | 'eventBus'
  | 'topic'
  | 'streams'
  | 'connect';

export interface KindSpec {
  kind: NodeKind;
  group: Group;
  icon: IconId;
  /** Accent colour of the node's header, a CSS colour. */
  color: string;
  name: Localized;
  description: Localized;
  props: readonly PropSpec[];
}
