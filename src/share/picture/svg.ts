import type { Look, Measure, Shadow, TextLook } from './look';
import type { Scene, SceneEdge, SceneNode } from './scene';

/** Room around the diagram, in diagram pixels. */
export const PADDING = 40;
/** Browsers refuse canvases much larger than this; a huge diagram is scaled down to fit. */
export const MAX_SIDE = 4096;

/**
 * The text with the characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE and
 * U+FFFF) turned into U+FFFD, so a name typed with any of them still gives a file every SVG reader opens.
 */
function xmlChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (
      (c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      c >= 0xfffe
    )
      out += '\ufffd';
    else out += text[i]!;
  }
  return out;
}

/** Text made safe for XML content and attribute values: people's names stay text, never markup. */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The white space CSS collapses (`white-space: nowrap`); a no-break space stays. */
const SPACES = /[ \t\n\r\f]+/g;

/** Numbers short enough for a file of hundreds of nodes, exact enough for a 4096-pixel picture. */
const n = (x: number): string => String(Math.round(x * 100) / 100);

/** The text as it shows in `maxWidth`: whole, or cut with an ellipsis as CSS `text-overflow` does. */
export function fitText(text: string, maxWidth: number, look: TextLook, measure: Measure): string {
  const collapsed = text.replace(SPACES, ' ').trim();
  if (measure(collapsed, look) <= maxWidth) return collapsed;
  const chars = Array.from(collapsed);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${chars.slice(0, mid).join('')}…`, look) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

function font(look: TextLook): string {
  return `font-family:${look.family};font-size:${n(look.size)}px;font-weight:${look.weight};fill:${look.color}${look.tabular ? ';font-variant-numeric:tabular-nums' : ''}`;
}

/**
 * A node's CSS box-shadows as a few translucent rounded rectangles, each a little larger than the
 * last: close to a blur to the eye, and cheap to draw (an SVG blur filter over the nodes made a
 * 4096-pixel PNG take seconds longer to draw). One symbol per node size, used by every node of it.
 */
function shadowSymbol(
  id: string,
  width: number,
  height: number,
  radius: number,
  shadows: readonly Shadow[],
): string {
  const layers = shadows.flatMap((s) => {
    const sigma = s.blur / 2;
    return [-0.5, 0, 0.5, 1].map((k) => {
      const grow = k * sigma;
      return `<rect x="${n(s.dx - grow)}" y="${n(s.dy - grow)}" width="${n(width + 2 * grow)}" height="${n(height + 2 * grow)}" rx="${n(Math.max(0, radius + grow))}" fill="${escapeXml(s.color)}" fill-opacity="0.25"/>`;
    });
  });
  return `<g id="${id}">${layers.join('')}</g>`;
}

/** The top border's band: the part of the rounded border box above `top`. */
function accentBand(width: number, r: number, top: number): string {
  if (top < r) {
    const dx = r - Math.sqrt(r * r - (r - top) * (r - top));
    return `M${n(dx)} ${n(top)}A${n(r)} ${n(r)} 0 0 1 ${n(r)} 0H${n(width - r)}A${n(r)} ${n(r)} 0 0 1 ${n(width - dx)} ${n(top)}Z`;
  }
  return `M0 ${n(top)}V${n(r)}A${n(r)} ${n(r)} 0 0 1 ${n(r)} 0H${n(width - r)}A${n(r)} ${n(r)} 0 0 1 ${n(width)} ${n(r)}V${n(top)}Z`;
}

/** The padding box inside borders `top` (above) and `side` (elsewhere), with CSS's inner radii. */
function panel(width: number, height: number, r: number, top: number, side: number): string {
  const rx = Math.max(0, r - side);
  const ry = Math.max(0, r - top);
  const [l, t, rt, b] = [side, top, width - side, height - side];
  return `M${n(l)} ${n(t + ry)}A${n(rx)} ${n(ry)} 0 0 1 ${n(l + rx)} ${n(t)}H${n(rt - rx)}A${n(rx)} ${n(ry)} 0 0 1 ${n(rt)} ${n(t + ry)}V${n(b - rx)}A${n(rx)} ${n(rx)} 0 0 1 ${n(rt - rx)} ${n(b)}H${n(l + rx)}A${n(rx)} ${n(rx)} 0 0 1 ${n(l)} ${n(b - rx)}Z`;
}

function nodeMarkup(
  node: SceneNode,
  look: Look,
  icons: ReadonlyMap<string, string>,
  shadows: ReadonlyMap<string, string>,
  measure: Measure,
): string {
  const { x, y, width, height } = node.box;
  const l = look.node;
  const kind = look.kinds.get(node.kind);
  const accent = kind?.accent ?? l.stroke;
  const out: string[] = [
    `<g class="node" data-id="${escapeXml(node.id)}" transform="translate(${n(x)} ${n(y)})"${node.down ? ` opacity="${n(l.downOpacity)}" filter="url(#grey)"` : ''}>`,
    ...(shadows.has(`${width}x${height}`) ? [`<use href="#${shadows.get(`${width}x${height}`)}"/>`] : []),
    // The border box in the border colour, its kind-coloured top, the panel inside the borders.
    `<rect class="frame" width="${n(width)}" height="${n(height)}" rx="${n(l.radius)}"/>`,
    `<path d="${accentBand(width, l.radius, l.accentWidth)}" fill="${escapeXml(accent)}"/>`,
    `<path class="box" d="${panel(width, height, l.radius, l.accentWidth, l.strokeWidth)}"/>`,
  ];
  const icon = icons.get(node.kind);
  out.push(
    `<rect x="${n(l.icon.x)}" y="${n(l.icon.y)}" width="${n(l.icon.size)}" height="${n(l.icon.size)}" rx="${n(l.icon.radius)}" fill="${escapeXml(kind?.iconFill ?? accent)}"/>`,
  );
  if (icon) {
    const at = (l.icon.size - l.icon.glyph) / 2;
    out.push(
      `<use href="#${icon}" x="${n(l.icon.x + at)}" y="${n(l.icon.y + at)}" color="${escapeXml(l.icon.color)}"/>`,
    );
  }
  const line = (cls: string, text: string, at: { x: number; y: number; maxWidth: number; text: TextLook }) =>
    text.trim()
      ? `<text class="${cls}" x="${n(at.x)}" y="${n(at.y + at.text.baseline)}">${escapeXml(fitText(text, at.maxWidth, at.text, measure))}</text>`
      : '';
  out.push(line('kind', node.kindName, l.kind), line('label', node.label, l.label));
  const s = l.summary;
  out.push(
    `<path class="rule" d="M${n(l.strokeWidth)} ${n(s.y + s.border.width / 2)}H${n(width - l.strokeWidth)}"/>`,
  );
  node.rows.forEach((row, i) => {
    const top = s.y + s.firstRow + i * s.pitch;
    const value = row.value.replace(SPACES, ' ').trim();
    const valueWidth = measure(value, s.value);
    const term = fitText(row.label, Math.max(0, s.width - valueWidth - s.gap), s.term, measure);
    out.push(
      `<text class="term" x="${n(s.x)}" y="${n(top + s.term.baseline)}">${escapeXml(term)}</text>`,
      `<text class="value" x="${n(s.x + s.width)}" y="${n(top + s.value.baseline)}">${escapeXml(value)}</text>`,
    );
  });
  out.push('</g>');
  return out.join('');
}

function wireLabelMarkup(edge: SceneEdge, look: Look, measure: Measure): string {
  const text = edge.label.replace(SPACES, ' ').trim();
  if (!text) return '';
  const w = look.wireLabel;
  const width = measure(text, w.text) + 2 * w.padX + 2 * w.strokeWidth;
  const x = edge.labelAt.x - width / 2;
  const y = edge.labelAt.y - w.height / 2;
  return `<g class="wire-label"><rect x="${n(x + w.strokeWidth / 2)}" y="${n(y + w.strokeWidth / 2)}" width="${n(width - w.strokeWidth)}" height="${n(w.height - w.strokeWidth)}" rx="${n(w.radius)}"/><text x="${n(edge.labelAt.x)}" y="${n(y + w.strokeWidth + w.padY + w.text.baseline)}">${escapeXml(text)}</text></g>`;
}

export interface Picture {
  svg: string;
  /** The picture's size in CSS pixels (before any PNG pixel ratio). */
  width: number;
  height: number;
}

/**
 * The SVG of a scene in a look: a `<style>` with the shared colours and fonts, a background,
 * the wires with their arrowheads, the wire labels, then the nodes (the canvas's stacking order).
 * Every text from the document is escaped. A diagram larger than MAX_SIDE is scaled to fit.
 */
export function writeSvg(scene: Scene, look: Look, measure: Measure): Picture {
  const b = scene.bounds;
  const scale = Math.min(1, MAX_SIDE / (b.width + 2 * PADDING), MAX_SIDE / (b.height + 2 * PADDING));
  const width = Math.ceil((b.width + 2 * PADDING) * scale);
  const height = Math.ceil((b.height + 2 * PADDING) * scale);
  const view = { x: b.x - PADDING, y: b.y - PADDING, width: width / scale, height: height / scale };
  const l = look.node;
  const s = l.summary;
  const wl = look.wireLabel;
  const edgeKinds = [...new Set(scene.edges.map((e) => e.kind))];
  const edgeClass = new Map(edgeKinds.map((k, i) => [k, `w${i}`]));
  const icons = new Map<string, string>();
  const defs: string[] = [];
  for (const kind of new Set(scene.nodes.map((x) => x.kind))) {
    const markup = look.kinds.get(kind)?.iconMarkup;
    if (!markup) continue;
    const id = `icon${icons.size}`;
    icons.set(kind, id);
    defs.push(`<g id="${id}">${markup}</g>`);
  }
  const shadows = new Map<string, string>();
  if (l.shadows.length)
    for (const { box } of scene.nodes) {
      const key = `${box.width}x${box.height}`;
      if (shadows.has(key)) continue;
      const id = `shadow${shadows.size}`;
      shadows.set(key, id);
      defs.push(shadowSymbol(id, box.width, box.height, l.radius, l.shadows));
    }
  const css = [
    `.frame{fill:${l.stroke}}`,
    `.box{fill:${l.fill}}`,
    `.rule{stroke:${s.border.color};stroke-width:${n(s.border.width)}}`,
    `.kind{${font(l.kind.text)}}`,
    `.label{${font(l.label.text)}}`,
    `.term{${font(s.term)}}`,
    `.value{${font(s.value)};text-anchor:end}`,
    `.wire-label rect{fill:${wl.fill};stroke:${wl.stroke};stroke-width:${n(wl.strokeWidth)}}`,
    `.wire-label text{${font(wl.text)};text-anchor:middle}`,
    `.wire{fill:none}`,
    ...edgeKinds.map((k) => {
      const e = look.edges.get(k) ?? look.edges.get('call') ?? { stroke: l.stroke, width: 1, dash: null };
      return `.${edgeClass.get(k)}{stroke:${e.stroke};stroke-width:${n(e.width)}${e.dash ? `;stroke-dasharray:${e.dash}` : ''}}`;
    }),
  ].join('');
  const m = look.marker;
  const marker = `<marker id="arrow" markerWidth="${n(m.size)}" markerHeight="${n(m.size)}" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${escapeXml(m.color)}" stroke="${escapeXml(m.color)}" stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>`;
  const grey = '<filter id="grey"><feColorMatrix type="saturate" values="0"/></filter>';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}">`,
    `<style>${escapeXml(css)}</style>`,
    `<defs>${marker}${grey}${defs.join('')}</defs>`,
    `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.width)}" height="${n(view.height)}" fill="${escapeXml(look.background)}"/>`,
    '<g class="wires">',
    ...scene.edges.map(
      (e) =>
        `<path class="wire ${edgeClass.get(e.kind)}" d="${escapeXml(e.path)}" marker-end="url(#arrow)" data-id="${escapeXml(e.id)}"/>`,
    ),
    '</g><g class="wire-labels">',
    ...scene.edges.map((e) => wireLabelMarkup(e, look, measure)),
    '</g><g class="nodes">',
    ...scene.nodes.map((x) => nodeMarkup(x, look, icons, shadows, measure)),
    '</g></svg>',
  ].join('');
  return { svg, width, height };
}
