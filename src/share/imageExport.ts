import { getNodesBounds, type Node } from '@xyflow/react';

export type ImageFormat = 'png' | 'svg';

const PADDING = 40;
/** Browsers refuse canvases much larger than this; a huge diagram is scaled down to fit. */
const MAX_SIDE = 4096;

// Canvas chrome that is not part of the picture: controls, the traffic layer, connection handles
// and the wide invisible paths that make wires easy to click (each element left out also saves
// html-to-image a full computed-style copy).
const LEFT_OUT = [
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__panel',
  'traffic-layer',
  'react-flow__handle',
  'react-flow__edge-interaction',
];

function keep(node: HTMLElement): boolean {
  return !(node.classList && LEFT_OUT.some((c) => node.classList.contains(c)));
}

/**
 * A picture of every node and wire, drawn from the canvas itself by html-to-image (loaded only
 * when someone exports). It clones the DOM with its computed styles into an SVG; nothing is
 * fetched, and the result never leaves the browser.
 */
export async function renderDiagramImage(nodes: Node[], format: ImageFormat): Promise<Blob> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewport || nodes.length === 0) throw new Error('no diagram on screen');
  const { toBlob, toSvg } = await import('html-to-image');
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(
    1,
    MAX_SIDE / (bounds.width + 2 * PADDING),
    MAX_SIDE / (bounds.height + 2 * PADDING),
  );
  const width = Math.ceil((bounds.width + 2 * PADDING) * scale);
  const height = Math.ceil((bounds.height + 2 * PADDING) * scale);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    skipFonts: true,
    pixelRatio: format === 'png' ? Math.min(2, MAX_SIDE / Math.max(width, height)) : 1,
    filter: keep,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${(PADDING - bounds.x) * scale}px, ${(PADDING - bounds.y) * scale}px) scale(${scale})`,
    },
  };
  if (format === 'png') {
    const blob = await toBlob(viewport, options);
    if (!blob) throw new Error('the browser made no image');
    return blob;
  }
  const dataUrl = await toSvg(viewport, options);
  const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return new Blob([svg], { type: 'image/svg+xml' });
}
