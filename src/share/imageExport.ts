import type { InternalNode } from '@xyflow/react';
import type { Translate } from '../i18n';
import type { DiagramDocument, Lang } from '../model';
import { uiActions } from '../store/ui';
import { canvasMeasure, readLook } from './picture/readLook';
import { type Box, buildScene } from './picture/scene';
import { MAX_SIDE, type Picture, writeSvg } from './picture/svg';
import { type Background, withTheme } from './picture/theme';

export type ImageFormat = 'png' | 'svg';

export interface ImageRequest {
  doc: Pick<DiagramDocument, 'nodes' | 'edges'>;
  format: ImageFormat;
  background: Background;
  lang: Lang;
  t: Translate;
  /** React Flow's node internals (useReactFlow().getInternalNode): measured sizes and handles. */
  getInternalNode: (id: string) => InternalNode | undefined;
}

/** User Timing marks (`picture:…`), so a profile or `npm run bench:export` shows where the time goes. */
const step = (name: string, start: number) => performance.measure(`picture:${name}`, { start });

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits (a few frames at most) until the canvas shows every node in full and React Flow has
 * measured each at its full size: an export switches off culling and the far-out blocks.
 */
async function fullyMeasured(flow: HTMLElement, request: ImageRequest): Promise<void> {
  for (let frame = 0; frame < 60; frame++) {
    await nextFrame();
    // Not before the canvas has re-rendered for the export (its class hides live badges).
    if (!flow.closest('.canvas.is-exporting') || flow.querySelector('.component-node.is-far')) continue;
    const shown = flow.querySelectorAll<HTMLElement>('.react-flow__node');
    if (shown.length < request.doc.nodes.length) continue;
    let settled = true;
    for (const el of shown) {
      const measured = request.getInternalNode(el.dataset.id ?? '')?.measured;
      if (measured?.width !== el.offsetWidth || measured?.height !== el.offsetHeight) {
        settled = false;
        break;
      }
    }
    if (settled) return;
  }
}

function boxes(request: ImageRequest): Map<string, Box> {
  const out = new Map<string, Box>();
  for (const node of request.doc.nodes) {
    const internal = request.getInternalNode(node.id);
    const { width, height } = internal?.measured ?? {};
    if (!internal || !width || !height) continue;
    const at = internal.internals.positionAbsolute;
    const source = internal.internals.handleBounds?.source?.[0];
    const target = internal.internals.handleBounds?.target?.[0];
    out.set(node.id, {
      x: at.x,
      y: at.y,
      width,
      height,
      // Where React Flow starts and ends wires (getHandlePosition for right and left handles).
      ...(source
        ? { source: { x: at.x + source.x + source.width, y: at.y + source.y + source.height / 2 } }
        : {}),
      ...(target ? { target: { x: at.x + target.x, y: at.y + target.y + target.height / 2 } } : {}),
    });
  }
  return out;
}

/** The picture drawn onto a canvas at up to twice its size (MAX_SIDE at most), as PNG. */
async function toPng(picture: Picture): Promise<Blob> {
  const ratio = Math.min(2, MAX_SIDE / Math.max(picture.width, picture.height));
  const url = URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' }));
  try {
    let start = performance.now();
    const image = new Image();
    image.src = url;
    await image.decode();
    step('decode', start);
    start = performance.now();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(picture.width * ratio);
    canvas.height = Math.round(picture.height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    step('draw', start);
    start = performance.now();
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the browser made no image'))),
        'image/png',
      ),
    );
    step('encode', start);
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A picture of every node and wire, written as SVG by our own writer (picture/svg.ts) from the
 * document, React Flow's measured node sizes and handle positions, and the canvas's styles read
 * once per kind (picture/readLook.ts); PNG is that SVG drawn onto a canvas. Nothing is fetched,
 * and the result never leaves the browser.
 */
export async function renderDiagramImage(request: ImageRequest): Promise<Blob> {
  const flow = document.querySelector<HTMLElement>('.react-flow');
  if (!flow || request.doc.nodes.length === 0) throw new Error('no diagram on screen');
  let start = performance.now();
  uiActions.setExporting(true);
  try {
    await fullyMeasured(flow, request);
    step('full-size', start);
    start = performance.now();
    const scene = buildScene(request.doc, boxes(request), request.lang, request.t);
    const measure = canvasMeasure();
    const look = withTheme(request.background, () =>
      readLook(
        flow,
        scene.nodes.map((n) => n.kind),
        scene.edges.map((e) => e.kind),
        measure,
      ),
    );
    step('read', start);
    start = performance.now();
    const picture = writeSvg(scene, look, measure);
    step('write', start);
    if (request.format === 'svg') return new Blob([picture.svg], { type: 'image/svg+xml' });
    return await toPng(picture);
  } finally {
    // Back to culling and far-out blocks only once the file is made: re-rendering hundreds of
    // nodes meanwhile would hold up the drawing.
    uiActions.setExporting(false);
  }
}
