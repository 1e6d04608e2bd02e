import { getViewportForBounds } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { benchDiagram } from '../../bench/ui/generate';
import type { DiagramNode } from '../model';
import { FAR_ZOOM } from './ComponentNode';
import { estimatedFit, FAR_NODE_SIZE, OPEN_FIT, openingPadding, openingView } from './estimatedFit';
import { NODE_SIZE } from './placement';

// The editor's canvas at 1280x800, between the palette and the inspector.
const pane = { width: 704, height: 669 };
const options = { ...OPEN_FIT, minZoom: 0.05 };

const node = (id: string, x: number, y: number): DiagramNode => ({
  id,
  kind: 'service',
  label: id,
  position: { x, y },
  props: {},
});

/** Where every box lands on screen under a view, with the given box size. */
function onScreen(
  nodes: readonly DiagramNode[],
  view: { x: number; y: number; zoom: number },
  size: { width: number; height: number },
) {
  const xs = nodes
    .flatMap((n) => [n.position.x, n.position.x + size.width])
    .map((x) => x * view.zoom + view.x);
  const ys = nodes
    .flatMap((n) => [n.position.y, n.position.y + size.height])
    .map((y) => y * view.zoom + view.y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** The bounds React Flow measures for these nodes once each is drawn as a far-out block. */
function boundsFarOut(nodes: readonly DiagramNode[]) {
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) + FAR_NODE_SIZE.width - Math.min(...xs),
    height: Math.max(...ys) + FAR_NODE_SIZE.height - Math.min(...ys),
  };
}

describe('the view an opened diagram will be fitted to, before it is drawn', () => {
  it('a large diagram is far out, every block inside the canvas and spanning it', () => {
    const nodes = benchDiagram(200, 0).nodes;
    const view = estimatedFit(nodes, pane, options)!;
    expect(view.zoom).toBeLessThan(FAR_ZOOM);
    const box = onScreen(nodes, view, FAR_NODE_SIZE);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(pane.width);
    expect(box.bottom).toBeLessThanOrEqual(pane.height);
    // React Flow's padding 0.15: the tighter side fills 1 / 1.15 of the canvas.
    const spanX = (box.right - box.left) / pane.width;
    const spanY = (box.bottom - box.top) / pane.height;
    expect(Math.max(spanX, spanY)).toBeCloseTo(1 / 1.15, 2);
  });

  it('is what React Flow fits to once it has measured the blocks far out', () => {
    const nodes = benchDiagram(120, 0).nodes;
    const measured = boundsFarOut(nodes);
    const fitted = getViewportForBounds(measured, pane.width, pane.height, 0.05, 1, OPEN_FIT.padding);
    expect(estimatedFit(nodes, pane, options)).toEqual(fitted);
  });

  it('a small diagram is fitted at full size, never closer than 1', () => {
    const nodes = [node('a', 0, 0), node('b', 240, 0), node('c', 480, 160)];
    const view = estimatedFit(nodes, pane, options)!;
    expect(view.zoom).toBeGreaterThanOrEqual(FAR_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(1);
    const box = onScreen(nodes, view, NODE_SIZE);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(pane.width);
    // Centred.
    expect(box.left).toBeCloseTo(pane.width - box.right, 5);
    expect(box.top).toBeCloseTo(pane.height - box.bottom, 5);
    expect(estimatedFit([node('a', 40, 40)], pane, options)?.zoom).toBe(1);
  });

  it('nothing to fit, or no canvas yet, gives no view', () => {
    expect(estimatedFit([], pane, options)).toBeNull();
    expect(estimatedFit([node('a', 0, 0)], { width: 0, height: 0 }, options)).toBeNull();
    expect(estimatedFit([node('a', 0, 0)], { width: Number.NaN, height: 600 }, options)).toBeNull();
  });
});

describe('an opened diagram', () => {
  it('leaves room above it for the notice that says it was opened, and is centred across', () => {
    const nodes = benchDiagram(200, 0).nodes;
    const view = openingView(nodes, pane, 0.05)!;
    const box = onScreen(nodes, view, FAR_NODE_SIZE);
    // The notice: 12 px from the top, about 42 px tall.
    expect(box.top).toBeGreaterThanOrEqual(12 + 42);
    expect(box.bottom).toBeLessThanOrEqual(pane.height);
    expect(box.left).toBeCloseTo(pane.width - box.right, 0);
  });

  it('on a tall canvas keeps the usual padding, which is room enough', () => {
    const { top, bottom } = openingPadding({ width: 1600, height: 1300 });
    expect(top).toBe(bottom);
    expect(Number.parseFloat(top)).toBeGreaterThan(64);
  });

  it('is what React Flow fits to with the same padding once it has measured the blocks', () => {
    const nodes = benchDiagram(120, 0).nodes;
    const measured = boundsFarOut(nodes);
    const fitted = getViewportForBounds(measured, pane.width, pane.height, 0.05, 1, openingPadding(pane));
    expect(openingView(nodes, pane, 0.05)).toEqual(fitted);
  });
});
