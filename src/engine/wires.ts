import type { EdgeKind } from '../model';
import type { Engine } from './engine';

/** One wire at a node, as compile found it. */
export interface Wire {
  edge: number;
  kind: EdgeKind;
}

/**
 * A node's wires, what its behaviour is built from (KindBehaviour.build). Every list keeps
 * document order, which is the order a behaviour uses its wires in (round robin, fan-out).
 */
export class NodeWires {
  constructor(
    private readonly e: Engine,
    readonly node: number,
    private readonly outgoing: readonly Wire[],
    private readonly incoming: readonly Wire[],
  ) {}

  /** Outgoing edges of these kinds. */
  out(...kinds: EdgeKind[]): Int32Array {
    return ofKind(this.outgoing, kinds);
  }

  /** Incoming edges of these kinds. */
  into(...kinds: EdgeKind[]): Int32Array {
    return ofKind(this.incoming, kinds);
  }

  /** The first outgoing edge of a kind, or -1 (RabbitMQ allows one dead-letter or alternate exchange). */
  firstOut(kind: EdgeKind): number {
    const list = this.out(kind);
    return list.length > 0 ? list[0]! : -1;
  }

  /** Outgoing edges of these kinds, each given its position among them as its edgeSlot. */
  slottedOut(...kinds: EdgeKind[]): Int32Array {
    return slotted(this.e, this.out(...kinds));
  }

  /** Incoming edges of these kinds, each given its position among them as its edgeSlot. */
  slottedInto(...kinds: EdgeKind[]): Int32Array {
    return slotted(this.e, this.into(...kinds));
  }
}

/** 1 for each of these edges that publishes, 0 for one that calls. */
export const publishMask = (e: Engine, edges: Int32Array): Uint8Array =>
  new Uint8Array(Array.from(edges, (edge) => (e.edgeKinds[edge] === 'publish' ? 1 : 0)));

const ofKind = (wires: readonly Wire[], kinds: EdgeKind[]): Int32Array =>
  new Int32Array(wires.filter((w) => kinds.includes(w.kind)).map((w) => w.edge));

function slotted(e: Engine, edges: Int32Array): Int32Array {
  edges.forEach((edge, i) => {
    e.edgeSlot[edge] = i;
  });
  return edges;
}
