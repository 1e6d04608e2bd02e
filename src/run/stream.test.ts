import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDocument } from '../model';
import { diagramActions } from '../store/diagram';
import { events, type PlaygroundEvent } from '../store/events';
import { runActions } from './controller';

/*
 * The one stream of what happened, seen by a subscriber that knows nothing of the stores: named
 * edits with what they changed in domain terms, a diagram opened, and run commands with the
 * virtual time at which each took effect. The engine runs on the main-thread host here (Node has
 * no Web Worker), answering each command at once, so the order is exact.
 */
let frames: (() => void)[] = [];
beforeAll(() => {
  globalThis.requestAnimationFrame = (cb: FrameRequestCallback) => {
    frames.push(() => cb(performance.now()));
    return frames.length;
  };
});
afterAll(() => {
  frames = [];
});

describe('the event stream', () => {
  it('reports every store action and run command, in order, in domain terms', async () => {
    const seen: PlaygroundEvent[] = [];
    const stop = events.subscribe((e) => seen.push(e));
    diagramActions.replace(emptyDocument(), 'new');
    const client = diagramActions.addNode('client', { x: 0, y: 0 }, 'en');
    const service = diagramActions.addNode('service', { x: 300, y: 0 }, 'en');
    diagramActions.connect(client, service);
    diagramActions.setNodeProp(service, 'instances', 3);
    diagramActions.rename(service, 'Orders');
    diagramActions.moveNodes(new Map([[client, { x: 40, y: 0 }]]));
    diagramActions.undo();
    diagramActions.redo();
    diagramActions.remove(new Set([service]), new Set());
    diagramActions.undo();
    await runActions.play();
    await runActions.fault({ kind: 'stop', nodeId: service });
    await runActions.pause();
    diagramActions.setNodeProp(service, 'instances', 2);
    await runActions.reset();
    runActions.setSpeed(5);
    stop();
    const wire = {
      id: 'e1',
      source: client,
      target: service,
      sourceKind: 'client',
      targetKind: 'service',
      edgeKind: 'call',
    };
    expect(seen).toEqual([
      { type: 'opened', source: 'new', nodes: 0 },
      { type: 'edit', action: 'add', changes: [{ type: 'nodeAdded', id: client, kind: 'client' }] },
      { type: 'edit', action: 'add', changes: [{ type: 'nodeAdded', id: service, kind: 'service' }] },
      { type: 'edit', action: 'connect', changes: [{ type: 'wireAdded', ...wire }] },
      {
        type: 'edit',
        action: 'setNodeProp',
        changes: [{ type: 'nodeProp', id: service, kind: 'service', key: 'instances', from: 1, to: 3 }],
      },
      {
        type: 'edit',
        action: 'rename',
        changes: [{ type: 'nodeRenamed', id: service, kind: 'service', from: 'Service', to: 'Orders' }],
      },
      { type: 'edit', action: 'move', changes: [{ type: 'nodeMoved', id: client, kind: 'client' }] },
      { type: 'edit', action: 'undo', changes: [{ type: 'nodeMoved', id: client, kind: 'client' }] },
      { type: 'edit', action: 'redo', changes: [{ type: 'nodeMoved', id: client, kind: 'client' }] },
      {
        type: 'edit',
        action: 'remove',
        changes: [
          { type: 'wireRemoved', ...wire },
          { type: 'nodeRemoved', id: service, kind: 'service' },
        ],
      },
      {
        type: 'edit',
        action: 'undo',
        changes: [
          { type: 'nodeAdded', id: service, kind: 'service' },
          { type: 'wireAdded', ...wire },
        ],
      },
      { type: 'run.loaded' },
      { type: 'run.play' },
      { type: 'run.applied', atMs: 0, command: { type: 'fault', fault: { kind: 'stop', nodeId: service } } },
      { type: 'run.pause' },
      {
        type: 'edit',
        action: 'setNodeProp',
        changes: [{ type: 'nodeProp', id: service, kind: 'service', key: 'instances', from: 3, to: 2 }],
      },
      {
        type: 'run.applied',
        atMs: 0,
        command: { type: 'nodeProps', id: service, props: { instances: 2 } },
      },
      { type: 'run.reset', seed: 1 },
      { type: 'run.speed', speed: 5 },
    ]);
  });
});
