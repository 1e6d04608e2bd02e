import { type IdRecord, idRecord } from '../model';

/** The faults in force, reported with every frame so the view shows them. */
export interface ActiveFaults {
  nodes: IdRecord<NodeFaults>;
  edges: IdRecord<{ cut: true }>;
}

/** The faults in force on one component. */
export interface NodeFaults {
  stopped?: boolean;
  slow?: number;
  errorPct?: number;
  instancesDown?: number;
  deploying?: { instance: number; of: number };
}

/** No faults in force. */
export const noFaults = (): ActiveFaults => ({ nodes: idRecord(), edges: idRecord() });
