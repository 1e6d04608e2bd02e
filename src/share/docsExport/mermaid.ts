/*
 * The diagram as a Mermaid flowchart (renders in GitHub, GitLab and most wikis). Names are the
 * person's text: in a label every character that means something to Mermaid, to HTML or to a
 * Markdown string is written as an entity code (`#60;`), so no name can end its label, start a
 * directive (`%%{`), add a node or inject markup, and the picture still shows the name as typed.
 * Node ids come from the component ids but are remade (`c_` + letters, digits and `_`), so a
 * Mermaid keyword (`end`) or an id like `o-x` cannot break the syntax.
 */
import {
  CATALOGUE,
  type DiagramDocument,
  type DiagramNode,
  type EdgeKind,
  edgeKindOf,
  edgeProps,
  indexNodes,
  type NodeKind,
  nodeProps,
  parseWeightedList,
} from '../../model';
import type { Words } from './words';
import { quoted } from './yaml';

/** Each kind's shape, as the opening and closing brackets around the quoted label. */
const SHAPES: { readonly [K in NodeKind]: readonly [string, string] } = {
  client: ['([', '])'], // stadium
  provider: ['>', ']'], // flag: an outside party
  service: ['(', ')'], // rounded box
  gateway: ['{{', '}}'], // hexagon
  loadBalancer: ['{', '}'], // rhombus
  database: ['[(', ')]'], // cylinder: a store
  batch: ['[/', '/]'], // parallelogram
  queue: ['[[', ']]'], // subroutine: a buffer
  exchange: ['[/', '\\]'], // trapezoid: routes
  eventBus: ['[\\', '/]'], // inverted trapezoid: fans out
  topic: ['[[', ']]'], // subroutine: a log
  streams: ['[\\', '\\]'], // inverted parallelogram
  connect: ['[\\', '\\]'], // inverted parallelogram
};

/** Wires that carry messages are dotted; requests, polls, webhooks and connector reads are solid. */
const DOTTED: ReadonlySet<EdgeKind> = new Set([
  'publish',
  'consume',
  'subscribe',
  'bind',
  'alternate',
  'deadLetter',
]);

/** Characters written as entity codes inside a quoted label. */
const SPECIAL = /["#&<>`|%\\{}]/gu;
/** Format characters (bidi overrides, zero-width joiners): kept, but as codes, so the source reads as it renders. */
const FORMAT = /\p{Cf}/gu;
const BREAKS = /[\p{Cc}\u2028\u2029]+/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const code = (c: string) => `#${c.codePointAt(0)};`;

/** Text safe inside a Mermaid `"…"` label: one line, specials as entity codes. */
export function mermaidText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BREAKS, ' ')
    .replace(SPECIAL, code)
    .replace(FORMAT, code)
    .trim();
}

/** Shortens a label that would crowd a wire. */
function clip(text: string, max = 60): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** Mermaid ids: `c_` and the component id's letters and digits, unique within the chart. */
function nodeIds(nodes: readonly DiagramNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const node of nodes) {
    if (out.has(node.id)) continue;
    const base = `c_${node.id.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 40)}`;
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    out.set(node.id, id);
  }
  return out;
}

function edgeLabel(
  kind: EdgeKind,
  props: Record<string, unknown>,
  source: DiagramNode,
  target: DiagramNode,
  w: Words,
): string {
  switch (kind) {
    case 'call': {
      const parts: string[] = [];
      if (typeof props.route === 'string' && props.route) parts.push(props.route);
      if (props.protocol === 'grpc') parts.push('gRPC');
      if (props.protocol === 'graphql') parts.push('GraphQL');
      return parts.join(' · ');
    }
    case 'poll':
      return w('polls');
    case 'webhook':
      return w('webhook');
    case 'publish':
      if (target.kind === 'exchange' && typeof props.routingKeys === 'string')
        return parseWeightedList(props.routingKeys)
          .map((e) => e.value)
          .join(', ');
      return '';
    case 'consume':
      return source.kind === 'topic' && typeof props.consumerGroup === 'string' && props.consumerGroup
        ? w('group', { name: props.consumerGroup })
        : '';
    case 'bind': {
      const type = nodeProps(source).exchangeType;
      return type !== 'fanout' && typeof props.bindingKey === 'string' ? props.bindingKey.trim() : '';
    }
    case 'alternate':
      return w('alternate');
    case 'deadLetter':
      return w('deadLetters');
    case 'read':
      return source.kind === 'database' ? w('cdc') : '';
    case 'write':
      return w('writes');
    case 'subscribe':
      return '';
  }
}

/** The diagram as Mermaid flowchart text, left to right, with a title when the diagram has a name. */
export function toMermaid(doc: DiagramDocument, w: Words): string {
  const lines: string[] = [];
  const title = doc.name.replace(BREAKS, ' ').trim();
  // Front matter is YAML: the title goes in double quotes with JSON's escapes, like any value.
  if (title) lines.push('---', `title: ${quoted(title)}`, '---');
  lines.push('flowchart LR');
  const ids = nodeIds(doc.nodes);
  const byId = indexNodes(doc.nodes);
  const kinds = new Map<NodeKind, string[]>();
  for (const node of doc.nodes) {
    const id = ids.get(node.id)!;
    if (byId.get(node.id) !== node) continue; // a duplicate id: the first one stands
    const [open, close] = SHAPES[node.kind];
    lines.push(`  ${id}${open}"${mermaidText(node.label) || ' '}"${close}`);
    kinds.set(node.kind, [...(kinds.get(node.kind) ?? []), id]);
  }
  for (const edge of doc.edges) {
    const kind = edgeKindOf(edge, byId);
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!kind || !source || !target) continue;
    const label = mermaidText(clip(edgeLabel(kind, edgeProps(edge, byId), source, target, w)));
    const arrow = DOTTED.has(kind) ? '-.->' : '-->';
    lines.push(`  ${ids.get(source.id)} ${arrow}${label ? `|"${label}"|` : ''} ${ids.get(target.id)}`);
  }
  // One class per kind present, in the catalogue's colour; white text reads on every one of them.
  for (const [kind, members] of kinds) {
    const color = CATALOGUE[kind].color;
    if (!/^#[0-9a-fA-F]{3,8}$/.test(color)) continue;
    lines.push(`  classDef k_${kind} fill:${color},stroke:${color},color:#ffffff`);
    lines.push(`  class ${members.join(',')} k_${kind}`);
  }
  return `${lines.join('\n')}\n`;
}
