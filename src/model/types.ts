/** Text in both shipped languages; the catalogue and tutorials carry their own translations. */
export interface Localized {
  en: string;
  uk: string;
}

export type Lang = keyof Localized;

/** Every component kind the playground can simulate. */
export const NODE_KINDS = [
  'client',
  'provider',
  'service',
  'gateway',
  'loadBalancer',
  'database',
  'batch',
  'queue',
  'exchange',
  'eventBus',
  'topic',
  'streams',
  'connect',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** What a wire means, derived from the kinds at its two ends (see wiring.ts). */
export const EDGE_KINDS = [
  'call',
  'poll',
  'publish',
  'consume',
  'bind',
  'alternate',
  'deadLetter',
  'webhook',
  'subscribe',
  'read',
  'write',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export type PropValue = number | string | boolean;
/** Property values by key. Keys absent here take the catalogue default. */
export type PropValues = Record<string, PropValue>;

export interface XY {
  x: number;
  y: number;
}

export interface DiagramNode {
  id: string;
  kind: NodeKind;
  label: string;
  position: XY;
  props: PropValues;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  props: PropValues;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface RunSettings {
  seed: number;
  /** Playback speed, virtual seconds per wall second. */
  speed: number;
}

/** The current document schema version; bump it together with a new migration. */
export const DOCUMENT_VERSION = 1;

export interface DiagramDocument {
  version: typeof DOCUMENT_VERSION;
  name: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  viewport: Viewport;
  run: RunSettings;
}
