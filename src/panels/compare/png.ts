/*
 * Charts as a PNG picture. recharts draws SVG: each chart's <svg> is serialised, loaded as an
 * image from a blob: URL (the Content-Security-Policy allows blob: and data: images) and drawn
 * onto a canvas with its caption and legend (the legend is HTML, so it is drawn by hand).
 */

import { themeColors } from '../../canvas/themeColors';

export interface ChartPicture {
  /** The element holding one recharts chart (its `.recharts-wrapper`). */
  chart: Element;
  caption: string;
  legend: readonly { name: string; color: string; dashed?: boolean }[];
}

const PAD = 16;
const CAPTION = 22;
const LEGEND_ROW = 18;
const SCALE = 2;

/** The chart's own <svg> (legend icons are small svgs of their own, inside the legend). */
export function chartSvg(chart: Element): SVGSVGElement | null {
  const selector = chart.matches('.recharts-wrapper')
    ? ':scope > svg.recharts-surface'
    : '.recharts-wrapper > svg.recharts-surface';
  return chart.querySelector<SVGSVGElement>(selector);
}

async function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const style = getComputedStyle(svg);
  clone.style.fontFamily = style.fontFamily || 'sans-serif';
  clone.style.fontSize = style.fontSize || '12px';
  const xml = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    // Decoded: the image keeps its pixels without the URL.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** Legend rows: items laid out left to right, wrapping at the width. */
function legendRows(
  ctx: CanvasRenderingContext2D,
  legend: ChartPicture['legend'],
  width: number,
): number[][] {
  const rows: number[][] = [[]];
  let x = 0;
  legend.forEach((item, i) => {
    const w = 28 + ctx.measureText(item.name).width + 16;
    if (x + w > width && rows.at(-1)!.length) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push(i);
    x += w;
  });
  return rows;
}

/** The picture's background and words: the theme on screen, as the charts' own colours are. */
const look = () =>
  themeColors(
    { background: '--panel', title: '--text', text: '--muted' },
    { background: '#ffffff', title: '#0f172a', text: '#334155' },
  );

/** One PNG of the charts stacked, each with its caption above and its legend below. */
export async function chartsPng(charts: readonly ChartPicture[], title = ''): Promise<Blob> {
  const parts = [];
  for (const c of charts) {
    const svg = chartSvg(c.chart);
    if (!svg) continue;
    const box = svg.getBoundingClientRect();
    const width = Math.round(box.width || Number(svg.getAttribute('width')) || 400);
    const height = Math.round(box.height || Number(svg.getAttribute('height')) || 150);
    parts.push({ c, width, height, img: await svgImage(svg, width, height) });
  }
  if (!parts.length) throw new Error('no chart to draw');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const font = '13px system-ui, sans-serif';
  ctx.font = font;
  const width = Math.max(...parts.map((p) => p.width)) + 2 * PAD;
  const legendHeights = parts.map((p) => legendRows(ctx, p.c.legend, width - 2 * PAD).length * LEGEND_ROW);
  const titleHeight = title ? CAPTION + 4 : 0;
  const height =
    PAD + titleHeight + parts.reduce((a, p, i) => a + CAPTION + p.height + legendHeights[i]! + PAD, 0);
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  ctx.scale(SCALE, SCALE);
  const colors = look();
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'middle';
  let y = PAD;
  if (title) {
    ctx.font = `600 15px system-ui, sans-serif`;
    ctx.fillStyle = colors.title;
    ctx.fillText(title, PAD, y + CAPTION / 2);
    y += titleHeight;
  }
  for (const p of parts) {
    ctx.font = font;
    ctx.fillStyle = colors.text;
    ctx.fillText(p.c.caption, PAD, y + CAPTION / 2);
    y += CAPTION;
    ctx.drawImage(p.img, PAD, y, p.width, p.height);
    y += p.height;
    for (const row of legendRows(ctx, p.c.legend, width - 2 * PAD)) {
      let x = PAD;
      for (const k of row) {
        const item = p.c.legend[k]!;
        ctx.strokeStyle = item.color;
        ctx.lineWidth = 2;
        ctx.setLineDash(item.dashed ? [4, 3] : []);
        ctx.beginPath();
        ctx.moveTo(x, y + LEGEND_ROW / 2);
        ctx.lineTo(x + 20, y + LEGEND_ROW / 2);
        ctx.stroke();
        ctx.fillStyle = colors.text;
        ctx.fillText(item.name, x + 26, y + LEGEND_ROW / 2);
        x += 28 + ctx.measureText(item.name).width + 16;
      }
      y += LEGEND_ROW;
    }
    ctx.setLineDash([]);
    y += PAD;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no picture'))),
      'image/png',
    ),
  );
}
