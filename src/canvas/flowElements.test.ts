import { describe, expect, it } from 'vitest';
import type { DiagramNode } from '../model';
import { createNodeMapper } from './flowElements';

const client: DiagramNode = { id: 'c', kind: 'client', label: 'Client', position: { x: 0, y: 0 }, props: {} };
const service: DiagramNode = {
  id: 's',
  kind: 'service',
  label: 'Service',
  position: { x: 240, y: 0 },
  props: {},
};

describe('createNodeMapper', () => {
  it('reuses a node that did not change, so React Flow skips it', () => {
    const map = createNodeMapper();
    const first = map([client, service], new Set(), new Map());
    const second = map([client, service], new Set(), new Map());
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });

  it('a new size or selection makes a new node but keeps its data, so the memoised component is not drawn again', () => {
    const map = createNodeMapper();
    const first = map([client, service], new Set(), new Map());
    const measured = map([client, service], new Set(['s']), new Map([['c', { width: 184, height: 59 }]]));
    expect(measured[0]).not.toBe(first[0]);
    expect(measured[0]?.measured).toEqual({ width: 184, height: 59 });
    expect(measured[0]?.data).toBe(first[0]?.data);
    expect(measured[1]?.selected).toBe(true);
    expect(measured[1]?.data).toBe(first[1]?.data);
  });

  it('an edited component gets new data', () => {
    const map = createNodeMapper();
    const first = map([client], new Set(), new Map());
    const renamed = { ...client, label: 'Browser' };
    const next = map([renamed], new Set(), new Map());
    expect(next[0]?.data).not.toBe(first[0]?.data);
    expect(next[0]?.data.node).toBe(renamed);
  });
});
