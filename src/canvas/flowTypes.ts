import { ComponentNode } from './ComponentNode';
import { LabeledEdge } from './LabeledEdge';

// At module scope, so React Flow sees the same objects on every render (the editor and the embed view).
export const nodeTypes = { component: ComponentNode };
export const edgeTypes = { labeled: LabeledEdge };
