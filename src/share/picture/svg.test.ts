import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../i18n';
import { en } from '../../i18n/en';
import { CATALOGUE, type DiagramDocument, type DiagramEdge, emptyDocument } from '../../model';
import type { Look, Measure, TextLook } from './look';
import { type Box, buildScene } from './scene';
import { escapeXml, fitText, MAX_SIDE, PADDING, writeSvg } from './svg';

const t = (key: MessageKey) => String(en[key]);

const text = (size: number, weight = '400'): TextLook => ({
  family: 'system-ui, "Segoe UI", sans-serif',
  size,
  weight,
  color: 'rgb(15, 23, 42)',
  baseline: size,
});

/** A look as readLook gives it for the canvas's CSS (light theme). */
const LOOK: Look = {
  background: '#f8fafc',
  node: {
    fill: 'rgb(255, 255, 255)',
    stroke: 'rgb(203, 213, 225)',
    strokeWidth: 1,
    accentWidth: 4,
    radius: 8,
    shadows: [{ color: 'rgba(15, 23, 42, 0.06)', dx: 0, dy: 4, blur: 12 }],
    icon: { x: 9, y: 10, size: 22, radius: 6, glyph: 16, color: 'rgb(255, 255, 255)' },
    kind: { x: 37, y: 14, maxWidth: 138, text: text(11) },
    label: { x: 9, y: 34, maxWidth: 166, text: text(14, '600') },
    summary: {
      y: 60,
      border: { color: 'rgb(226, 232, 240)', width: 1 },
      x: 9,
      width: 166,
      firstRow: 5,
      pitch: 17.8,
      gap: 6,
      term: text(12),
      value: { ...text(12), tabular: true },
    },
    downOpacity: 0.55,
  },
  kinds: new Map([
    [
      'gateway',
      {
        accent: '#0ea5e9',
        iconFill: '#0ea5e9',
        iconMarkup: '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M1 1h4"/></svg>',
      },
    ],
    [
      'service',
      {
        accent: '#8b5cf6',
        iconFill: '#8b5cf6',
        iconMarkup: '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><path d="M2 2h4"/></svg>',
      },
    ],
  ]),
  edges: new Map([['call', { stroke: 'rgb(100, 116, 139)', width: 1.6, dash: null }]]),
  marker: { color: 'rgb(177, 177, 183)', size: 16 },
  wireLabel: {
    text: text(11),
    fill: '#fff',
    stroke: '#e2e8f0',
    strokeWidth: 1,
    radius: 10,
    padX: 6,
    padY: 1,
    height: 19.4,
  },
};

/** Every character as wide as 0.6 of the font size: enough to test fitting. */
const measure: Measure = (s, look) => Array.from(s).length * look.size * 0.6;

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

const ENTITY = /^&(amp|lt|gt|quot|apos);/;
const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );

/** A strict little XML reader: throws on unbalanced tags, a stray `<` or `&`, or a bad attribute. */
function parseXml(xml: string): Element {
  const root: Element = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  let i = 0;
  while (i < xml.length) {
    const top = stack[stack.length - 1]!;
    if (xml[i] === '<') {
      const end = xml.indexOf('>', i);
      if (end < 0) throw new Error(`unclosed tag at ${i}`);
      const tag = xml.slice(i + 1, end);
      if (tag.startsWith('/')) {
        if (stack.pop()?.name !== tag.slice(1)) throw new Error(`mismatched </${tag.slice(1)}> at ${i}`);
      } else {
        const self = tag.endsWith('/');
        const m = /^([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*\/?$/.exec(tag);
        if (!m) throw new Error(`bad tag <${tag}>`);
        const attrs: Record<string, string> = {};
        for (const [, k, v] of m[2]!.matchAll(/([\w:-]+)="([^"]*)"/g)) {
          if (v!.replace(/&(amp|lt|gt|quot|apos);/g, '').includes('&')) throw new Error(`stray & in ${k}`);
          attrs[k!] = decode(v!);
        }
        const el: Element = { name: m[1]!, attrs, children: [], text: '' };
        top.children.push(el);
        if (!self) stack.push(el);
      }
      i = end + 1;
    } else {
      if (xml[i] === '&' && !ENTITY.test(xml.slice(i))) throw new Error(`stray & at ${i}`);
      const next = xml.indexOf('<', i);
      const chunk = xml.slice(i, next < 0 ? xml.length : next);
      top.text += decode(chunk);
      i += chunk.length;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return root.children[0]!;
}

const all = (el: Element, pred: (e: Element) => boolean): Element[] => [
  ...(pred(el) ? [el] : []),
  ...el.children.flatMap((c) => all(c, pred)),
];
const textOf = (el: Element): string => el.text + el.children.map(textOf).join('');

function diagram(labels: string[], routes: (string | null)[] = []): DiagramDocument {
  const doc = emptyDocument('Test');
  const nodes = labels.map((label, i) => ({
    id: `n${i}`,
    kind: i % 2 === 0 ? ('gateway' as const) : ('service' as const),
    label,
    position: { x: i * 260, y: (i % 3) * 150 },
    props: {},
  }));
  const edges = nodes
    .slice(1)
    .flatMap((n, i): DiagramEdge[] =>
      i % 2 === 0
        ? [{ id: `e${i}`, source: nodes[i]!.id, target: n.id, props: routes[i] ? { route: routes[i]! } : {} }]
        : [],
    );
  return { ...doc, nodes, edges };
}

const sized = (doc: DiagramDocument, height = 96): Map<string, Box> =>
  new Map(doc.nodes.map((n) => [n.id, { ...n.position, width: 184, height }]));

const svgOf = (doc: DiagramDocument, boxes = sized(doc), look = LOOK) =>
  writeSvg(buildScene(doc, boxes, 'en', t), look, measure);

/** Room enough for any name, so a test sees whole texts. */
const WIDE: Look = { ...LOOK, node: { ...LOOK.node, label: { ...LOOK.node.label, maxWidth: 10_000 } } };

describe('the SVG writer', () => {
  it('keeps a name that looks like markup as text', () => {
    const evil = '</text><script>alert(1)</script><text>';
    const doc = diagram([evil, 'Orders & "Co" \'x\'', 'a'], ['/a?x=<b>&y']);
    const { svg } = svgOf(doc, sized(doc), WIDE);
    expect(svg).not.toContain('<script');
    const tree = parseXml(svg);
    expect(all(tree, (e) => e.name === 'script')).toHaveLength(0);
    const texts = all(tree, (e) => e.name === 'text').map(textOf);
    expect(texts).toContain(evil);
    expect(texts).toContain('Orders & "Co" \'x\'');
    expect(texts.some((s) => s.includes('/a?x=<b>&y'))).toBe(true);
  });

  it('replaces characters XML cannot hold, so the file still parses', () => {
    const doc = diagram(['bell\u0007 lone\ud800 end', 'emoji 🚀 ok']);
    const tree = parseXml(svgOf(doc, sized(doc), WIDE).svg);
    const texts = all(tree, (e) => e.name === 'text').map(textOf);
    expect(texts).toContain('bell\ufffd lone\ufffd end');
    expect(texts).toContain('emoji 🚀 ok');
    expect(escapeXml('\ufffe\uffff')).toBe('\ufffd\ufffd');
  });

  it('draws every node with its kind, name and settings, and every wire with an arrowhead and its label', () => {
    const labels = Array.from({ length: 9 }, (_, i) => `Component ${i}`);
    const doc = diagram(labels, ['/orders', null, '/users', null]);
    const tree = parseXml(svgOf(doc).svg);
    const nodes = all(tree, (e) => e.name === 'g' && e.attrs.class === 'node');
    expect(nodes.map((g) => g.attrs['data-id'])).toEqual(doc.nodes.map((n) => n.id));
    for (const [i, g] of nodes.entries()) {
      const texts = all(g, (e) => e.name === 'text').map(textOf);
      expect(texts).toContain(labels[i]);
      expect(texts).toContain(CATALOGUE[i % 2 === 0 ? 'gateway' : 'service'].name.en);
      expect(all(g, (e) => e.name === 'use' && e.attrs.href!.startsWith('#icon'))).toHaveLength(1);
    }
    // A service shows its instances on its face.
    expect(all(nodes[1]!, (e) => e.name === 'text').map(textOf)).toContain('Instances');
    const wires = all(tree, (e) => e.name === 'path' && (e.attrs.class ?? '').startsWith('wire'));
    expect(wires.map((w) => w.attrs['data-id'])).toEqual(doc.edges.map((e) => e.id));
    for (const w of wires) {
      expect(w.attrs['marker-end']).toBe('url(#arrow)');
      expect(w.attrs.d).toMatch(/^M[\d.,-]+ ?C/);
    }
    expect(all(tree, (e) => e.name === 'marker' && e.attrs.id === 'arrow')).toHaveLength(1);
    const wireLabels = all(tree, (e) => e.attrs.class === 'wire-label').map(textOf);
    expect(wireLabels).toEqual(['/orders', '/users']);
  });

  it('starts each wire at its source’s output handle and ends it at its target’s input', () => {
    const doc = diagram(['a', 'b']);
    const boxes = sized(doc);
    boxes.set('n0', { ...boxes.get('n0')!, source: { x: 190, y: 40 } });
    boxes.set('n1', { ...boxes.get('n1')!, target: { x: 254, y: 190 } });
    const wire = all(parseXml(svgOf(doc, boxes).svg), (e) => e.attrs['data-id'] === 'e0')[0]!;
    expect(wire.attrs.d).toMatch(/^M190,40 C.* 254,190$/);
  });

  it('has a viewBox that holds every node with room around it', () => {
    const doc = diagram(['a', 'b', 'c', 'd', 'e']);
    const boxes = sized(doc, 120);
    const { svg, width, height } = svgOf(doc, boxes);
    const root = parseXml(svg);
    const [vx, vy, vw, vh] = root.attrs.viewBox!.split(' ').map(Number) as [number, number, number, number];
    for (const b of boxes.values()) {
      expect(b.x - vx).toBeGreaterThanOrEqual(PADDING);
      expect(b.y - vy).toBeGreaterThanOrEqual(PADDING);
      expect(vx + vw - (b.x + b.width)).toBeGreaterThanOrEqual(PADDING - 1);
      expect(vy + vh - (b.y + b.height)).toBeGreaterThanOrEqual(PADDING - 1);
    }
    // At scale 1: one picture pixel per diagram pixel.
    expect(width).toBe(Math.ceil(4 * 260 + 184 + 2 * PADDING));
    expect(height).toBe(Math.ceil(2 * 150 + 120 + 2 * PADDING));
    expect(root.attrs.width).toBe(String(width));
    expect(root.attrs.height).toBe(String(height));
  });

  it('scales a diagram larger than the largest canvas down to fit, keeping every node in view', () => {
    const doc = diagram(Array.from({ length: 40 }, (_, i) => `N${i}`));
    const { svg, width, height } = svgOf(doc);
    expect(Math.max(width, height)).toBeLessThanOrEqual(MAX_SIDE);
    const [vx, , vw] = parseXml(svg).attrs.viewBox!.split(' ').map(Number) as [number, number, number];
    expect(vx + vw).toBeGreaterThanOrEqual(39 * 260 + 184 + PADDING - 1);
    expect(all(parseXml(svg), (e) => e.attrs.class === 'node')).toHaveLength(40);
  });

  it('cuts a name too long for its node with an ellipsis, as the canvas does', () => {
    const look = LOOK.node.label;
    const long = 'A very long component name that does not fit';
    const fitted = fitText(long, look.maxWidth, look.text, measure);
    expect(fitted.endsWith('…')).toBe(true);
    expect(measure(fitted, look.text)).toBeLessThanOrEqual(look.maxWidth);
    expect(long.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitText('Short', look.maxWidth, look.text, measure)).toBe('Short');
  });

  it('draws a stopped component faded and grey', () => {
    const doc = diagram(['up', 'down']);
    doc.nodes[1] = { ...doc.nodes[1]!, props: { up: false } };
    const nodes = all(parseXml(svgOf(doc).svg), (e) => e.attrs.class === 'node');
    expect(nodes[0]!.attrs.filter).toBeUndefined();
    expect(nodes[1]!.attrs.filter).toBe('url(#grey)');
    expect(nodes[1]!.attrs.opacity).toBe('0.55');
  });
});
