import { describe, expect, it } from 'vitest';
import { noFaults } from './activeFaults';
import { FramePacker, FrameUnpacker, type PostedReply, sameIds } from './framePacking';
import type { RunFrame, RunReply } from './protocol';

const frame = (nodeIds: readonly string[], edgeIds: readonly string[], now = 0): RunReply => ({
  type: 'frame',
  frame: {
    status: 'running',
    now,
    events: 0,
    achievedSpeed: 1,
    restarted: false,
    faults: noFaults(),
    inFlight: 0,
    counters: null,
    nodeIds,
    edgeIds,
    endMs: now,
  },
  snapshot: null,
});

/** What crosses to the page: a structured clone, as postMessage makes one. */
const post = (reply: PostedReply): PostedReply => structuredClone(reply);

const posted = (reply: PostedReply) => (reply.type === 'frame' ? reply.frame : null);
const received = (reply: RunReply): RunFrame | null => (reply.type === 'frame' ? reply.frame : null);

describe('frames between the worker and the page', () => {
  it('carry the ids only when they change, by content', () => {
    const packer = new FramePacker();
    const first = packer.pack(frame(['a', 'b'], ['e1']));
    expect(posted(first)?.nodeIds).toEqual(['a', 'b']);
    expect(posted(first)?.edgeIds).toEqual(['e1']);
    // A new array with the same ids (a restarted run of the same diagram) is not sent again.
    const second = packer.pack(frame(['a', 'b'], ['e1'], 16));
    expect(posted(second)).not.toHaveProperty('nodeIds');
    expect(posted(second)).not.toHaveProperty('edgeIds');
    const third = packer.pack(frame(['a', 'b', 'c'], ['e1'], 32));
    expect(posted(third)?.nodeIds).toEqual(['a', 'b', 'c']);
    expect(posted(third)).not.toHaveProperty('edgeIds');
    const emptied = packer.pack(frame([], [], 48));
    expect(posted(emptied)?.nodeIds).toEqual([]);
    expect(posted(emptied)?.edgeIds).toEqual([]);
  });

  it('reach the page whole, the unchanged ids as the same array as before', () => {
    const packer = new FramePacker();
    const unpacker = new FrameUnpacker();
    const through = (reply: RunReply) => unpacker.unpack(post(packer.pack(reply)));
    const first = received(through(frame(['a', 'b'], ['e1'], 0)));
    const second = received(through(frame(['a', 'b'], ['e1'], 16)));
    expect(second).toEqual(received(frame(['a', 'b'], ['e1'], 16)));
    expect(second?.nodeIds).toBe(first?.nodeIds);
    expect(second?.edgeIds).toBe(first?.edgeIds);
    const third = received(through(frame(['a'], ['e1'], 32)));
    expect(third?.nodeIds).toEqual(['a']);
    expect(third?.edgeIds).toBe(first?.edgeIds);
    expect(received(through(frame([], [], 48)))).toMatchObject({ nodeIds: [], edgeIds: [] });
  });

  it('leave other replies as they are', () => {
    const trace: RunReply = { type: 'trace', id: 3, events: [] };
    expect(new FramePacker().pack(trace)).toBe(trace);
    expect(new FrameUnpacker().unpack(trace)).toBe(trace);
  });

  it('compare id lists by content', () => {
    expect(sameIds(null, [])).toBe(false);
    expect(sameIds([], [])).toBe(true);
    expect(sameIds(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameIds(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameIds(['a'], ['a', 'b'])).toBe(false);
  });
});
