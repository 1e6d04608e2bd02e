import { CATALOGUE, type NodeKind } from '../../model';
import type { EdgeLook, KindLook, Look, Measure, NodeLook, Shadow, TextLook } from './look';
import { rootStyle } from './theme';

/** Widths of texts as the page's fonts draw them (a canvas's measureText). */
export function canvasMeasure(): Measure & {
  metrics: (look: TextLook) => { ascent: number; descent: number };
} {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  let current = '';
  const use = (look: Pick<TextLook, 'family' | 'size' | 'weight'>) => {
    const font = `${look.weight} ${look.size}px ${look.family}`;
    if (font !== current) ctx.font = current = font;
  };
  const measure = (text: string, look: TextLook) => {
    use(look);
    return ctx.measureText(text).width;
  };
  return Object.assign(measure, {
    metrics: (look: TextLook) => {
      use(look);
      const m = ctx.measureText('Hg');
      return { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
    },
  });
}

const px = (value: string) => Number.parseFloat(value) || 0;

/** `rgb(…) 0px 1px 2px 0px, …` as computed: each shadow's colour, offsets and blur. */
export function parseShadows(value: string): Shadow[] {
  if (!value || value === 'none') return [];
  return value.split(/,(?![^(]*\))/).flatMap((part): Shadow[] => {
    const color = /(rgba?|hsla?|oklch|oklab|lab|lch|color)\([^)]*\)|#[0-9a-f]{3,8}/i.exec(part)?.[0];
    const lengths =
      part
        .replace(color ?? '', '')
        .match(/-?[\d.]+px/g)
        ?.map(px) ?? [];
    if (!color || lengths.length < 2 || part.includes('inset')) return [];
    return [{ color, dx: lengths[0]!, dy: lengths[1]!, blur: lengths[2] ?? 0 }];
  });
}

interface Frame {
  base: DOMRect;
  zoom: number;
}

function rect(frame: Frame, el: Element) {
  const r = el.getBoundingClientRect();
  return {
    x: (r.left - frame.base.left) / frame.zoom,
    y: (r.top - frame.base.top) / frame.zoom,
    width: r.width / frame.zoom,
    height: r.height / frame.zoom,
  };
}

function textLook(el: Element, measure: ReturnType<typeof canvasMeasure>, lineBox?: number): TextLook {
  const cs = getComputedStyle(el);
  const look: TextLook = {
    family: cs.fontFamily,
    size: px(cs.fontSize),
    weight: cs.fontWeight,
    color: cs.color,
    baseline: 0,
    tabular: cs.fontVariantNumeric.includes('tabular-nums'),
  };
  const line = cs.lineHeight === 'normal' ? (lineBox ?? look.size * 1.2) : px(cs.lineHeight);
  const { ascent, descent } = measure.metrics(look);
  return { ...look, baseline: (line - (ascent + descent)) / 2 + ascent };
}

function need<T extends Element>(parent: ParentNode, selector: string): T {
  const el = parent.querySelector<T>(selector);
  if (!el) throw new Error(`nothing on the canvas matches ${selector}`);
  return el;
}

function nodeLook(sample: HTMLElement, measure: ReturnType<typeof canvasMeasure>, flow: Element): NodeLook {
  const base = sample.getBoundingClientRect();
  const frame: Frame = { base, zoom: base.width / (sample.offsetWidth || 1) || 1 };
  const cs = getComputedStyle(sample);
  const icon = need<HTMLElement>(sample, '.component-node__icon');
  const iconCs = getComputedStyle(icon);
  const glyph = icon.querySelector('svg');
  const head = need<HTMLElement>(sample, '.component-node__head');
  const kind = need<HTMLElement>(sample, '.component-node__kind');
  const label = need<HTMLElement>(sample, '.component-node__label');
  const labelCs = getComputedStyle(label);
  const list = need<HTMLElement>(sample, '.component-node__summary');
  const listCs = getComputedStyle(list);
  const row = list.querySelector('div');
  const iconBox = rect(frame, icon);
  const kindBox = rect(frame, kind);
  const headBox = rect(frame, head);
  const labelBox = rect(frame, label);
  const listBox = rect(frame, list);
  const rowBox = row ? rect(frame, row) : null;
  const down = flow.querySelector<HTMLElement>('.component-node.is-down:not(.is-far)');
  return {
    fill: cs.backgroundColor,
    stroke: cs.borderLeftColor,
    strokeWidth: px(cs.borderLeftWidth),
    accentWidth: px(cs.borderTopWidth),
    radius: px(cs.borderTopLeftRadius),
    shadows: parseShadows(cs.boxShadow),
    icon: {
      x: iconBox.x,
      y: iconBox.y,
      size: iconBox.width,
      radius: px(iconCs.borderTopLeftRadius),
      glyph: glyph ? rect(frame, glyph).width : 16,
      color: iconCs.color,
    },
    kind: {
      x: kindBox.x,
      y: kindBox.y,
      maxWidth: headBox.x + headBox.width - px(getComputedStyle(head).paddingRight) - kindBox.x,
      text: textLook(kind, measure, kindBox.height),
    },
    label: {
      x: labelBox.x + px(labelCs.paddingLeft),
      y: labelBox.y + px(labelCs.paddingTop),
      maxWidth: labelBox.width - px(labelCs.paddingLeft) - px(labelCs.paddingRight),
      text: textLook(label, measure),
    },
    summary: {
      y: listBox.y,
      border: { color: listCs.borderTopColor, width: px(listCs.borderTopWidth) },
      x: listBox.x + px(listCs.paddingLeft),
      width: listBox.width - px(listCs.paddingLeft) - px(listCs.paddingRight),
      firstRow: rowBox ? rowBox.y - listBox.y : px(listCs.borderTopWidth) + px(listCs.paddingTop),
      pitch: (rowBox?.height ?? px(listCs.lineHeight)) + px(listCs.rowGap),
      gap: row ? px(getComputedStyle(row).columnGap) : 6,
      term: textLook(row?.querySelector('dt') ?? list, measure, rowBox?.height),
      value: textLook(row?.querySelector('dd') ?? list, measure, rowBox?.height),
    },
    downOpacity: down ? Number(getComputedStyle(down).opacity) : 0.55,
  };
}

function iconMarkup(svg: SVGElement | null): string {
  if (!svg) return '';
  const copy = svg.cloneNode(true) as SVGElement;
  for (const name of ['class', 'aria-hidden', 'style']) copy.removeAttribute(name);
  return new XMLSerializer().serializeToString(copy);
}

/**
 * The look of the canvas as it is styled now (call inside `withTheme`): one full-size sample node
 * gives the layout of a node's face, one node per kind its colours and icon, one wire per edge kind
 * its stroke, one wire label the labels' look. Styles are read once per kind or class, never per node.
 */
export function readLook(
  flow: HTMLElement,
  nodeKinds: Iterable<NodeKind>,
  edgeKinds: Iterable<string>,
  measure: ReturnType<typeof canvasMeasure>,
): Look {
  const full = '.component-node:not(.is-far)';
  const sample =
    flow.querySelector<HTMLElement>(`${full}:not(.is-selected):not(.is-down)`) ??
    need<HTMLElement>(flow, full);
  const node = nodeLook(sample, measure, flow);
  const kinds = new Map<string, KindLook>();
  for (const kind of new Set(nodeKinds)) {
    const el =
      flow.querySelector<HTMLElement>(`${full}[data-kind="${CSS.escape(kind)}"]:not(.is-selected)`) ??
      flow.querySelector<HTMLElement>(`${full}[data-kind="${CSS.escape(kind)}"]`);
    const icon = el?.querySelector<HTMLElement>('.component-node__icon');
    kinds.set(kind, {
      accent: el ? getComputedStyle(el).borderTopColor : CATALOGUE[kind].color,
      iconFill: icon ? getComputedStyle(icon).backgroundColor : CATALOGUE[kind].color,
      iconMarkup: iconMarkup(icon?.querySelector('svg') ?? null),
    });
  }
  const edges = new Map<string, EdgeLook>();
  for (const kind of new Set(['call', ...edgeKinds])) {
    const path =
      flow.querySelector<SVGElement>(`.wire-${CSS.escape(kind)}:not(.is-selected):not(.is-cut)`) ??
      flow.querySelector<SVGElement>(`.wire-${CSS.escape(kind)}`);
    if (!path) continue;
    const cs = getComputedStyle(path);
    edges.set(kind, {
      stroke: cs.stroke,
      width: px(cs.strokeWidth),
      dash: cs.strokeDasharray && cs.strokeDasharray !== 'none' ? cs.strokeDasharray : null,
    });
  }
  const arrow = flow.querySelector('.react-flow__arrowhead');
  const polyline = arrow?.querySelector('polyline');
  const label = flow.querySelector<HTMLElement>('.wire-label');
  const labelCs = label ? getComputedStyle(label) : null;
  const root = rootStyle();
  return {
    background: root.getPropertyValue('--bg').trim() || '#ffffff',
    node,
    kinds,
    edges,
    marker: {
      color: polyline ? getComputedStyle(polyline).fill : '#b1b1b7',
      size: px(arrow?.getAttribute('markerWidth') ?? '') || 16,
    },
    wireLabel: {
      text: label ? textLook(label, measure) : { ...node.summary.term },
      fill: labelCs?.backgroundColor ?? node.fill,
      stroke: labelCs?.borderTopColor ?? node.summary.border.color,
      strokeWidth: labelCs ? px(labelCs.borderTopWidth) : 1,
      radius: labelCs ? px(labelCs.borderTopLeftRadius) : 10,
      padX: labelCs ? px(labelCs.paddingLeft) : 6,
      padY: labelCs ? px(labelCs.paddingTop) : 1,
      height: label?.offsetHeight ?? 19,
    },
  };
}
