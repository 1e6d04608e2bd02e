import type { Snapshot } from '../engine';
import type { RunFrame, RunReply } from './protocol';

/**
 * A frame as the worker posts it: the component and wire ids only when they changed (by content),
 * since copying 300 strings with every frame cost the page more than the rest of the frame. The
 * page side puts the ids it last received back, so everything past the host sees whole frames.
 */
export type PostedFrame = Omit<RunFrame, 'nodeIds' | 'edgeIds'> & {
  nodeIds?: readonly string[];
  edgeIds?: readonly string[];
};

export type PostedReply =
  | Exclude<RunReply, { type: 'frame' }>
  | { type: 'frame'; frame: PostedFrame; snapshot: Snapshot | null };

/** Whether two id lists hold the same ids in the same order. */
export function sameIds(a: readonly string[] | null, b: readonly string[]): boolean {
  if (a === b) return true;
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The worker's side: leaves out the ids the page already has. */
export class FramePacker {
  private nodeIds: readonly string[] | null = null;
  private edgeIds: readonly string[] | null = null;

  pack(reply: RunReply): PostedReply {
    if (reply.type !== 'frame') return reply;
    const { nodeIds, edgeIds, ...rest } = reply.frame;
    const frame: PostedFrame = rest;
    if (!sameIds(this.nodeIds, nodeIds)) frame.nodeIds = nodeIds;
    if (!sameIds(this.edgeIds, edgeIds)) frame.edgeIds = edgeIds;
    this.nodeIds = nodeIds;
    this.edgeIds = edgeIds;
    return { type: 'frame', frame, snapshot: reply.snapshot };
  }
}

/**
 * The page's side: a frame without ids has the last ones received (the same array, so a store
 * holding them sees no change).
 */
export class FrameUnpacker {
  private nodeIds: readonly string[] = [];
  private edgeIds: readonly string[] = [];

  unpack(reply: PostedReply): RunReply {
    if (reply.type !== 'frame') return reply;
    const { nodeIds, edgeIds, ...rest } = reply.frame;
    if (nodeIds) this.nodeIds = nodeIds;
    if (edgeIds) this.edgeIds = edgeIds;
    return {
      type: 'frame',
      frame: { ...rest, nodeIds: this.nodeIds, edgeIds: this.edgeIds },
      snapshot: reply.snapshot,
    };
  }
}
