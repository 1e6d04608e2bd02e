// @vitest-environment happy-dom
// Mermaid's parser sanitizes labels with DOMPurify, which needs a DOM.
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import {
  type DiagramDocument,
  decodeDocument,
  documentFromRows,
  NODE_KINDS,
  type NodeKind,
} from '../../model';
import { HOSTILE_WORDS, hostileDiagram } from '../../model/testing/hostileDiagram';
import { TEMPLATES } from '../../templates';
import { loadTemplate } from '../loadTemplate';
import { docsWords, mermaidText, toMermaid } from '.';

const en = docsWords('en');

interface Vertex {
  id: string;
  text: string;
  type: string;
}
interface Edge {
  start: string;
  end: string;
  text: string;
  stroke: string;
}
interface FlowDb {
  getVertices(): Map<string, Vertex>;
  getEdges(): Edge[];
}

/**
 * Mermaid's text for a label as a reader sees it: the parser keeps entity codes as placeholders
 * (`ﬂ°°60¶ß`) that the renderer turns into HTML entities, which the browser shows as characters.
 */
function shown(text: string): string {
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>' })[name] ?? name);
}

/** Parses the chart as GitHub's renderer would; throws on a syntax error. */
async function chart(text: string): Promise<{ vertices: Vertex[]; edges: Edge[] }> {
  await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as FlowDb;
  return { vertices: [...db.getVertices().values()], edges: db.getEdges() };
}

/** What a label should read after export: one line, control characters as spaces, trimmed. */
const oneLine = (s: string) =>
  s
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .trim();

async function template(id: string): Promise<DiagramDocument> {
  const result = await loadTemplate(id);
  if (!result.ok) throw new Error(`template ${id} did not open`);
  return result.value;
}

describe('Mermaid export', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: parses, with every component and wire', async (id) => {
    const doc = await template(id);
    const text = toMermaid(doc, en);
    expect(text).toMatch(/^---\ntitle: ".*"\n---\nflowchart LR\n/);
    const { vertices, edges } = await chart(text);
    expect(vertices.map((v) => shown(v.text))).toEqual(doc.nodes.map((n) => n.label));
    expect(edges).toHaveLength(doc.edges.length);
  });

  it('draws each kind in its own shape, messages on dotted wires, keys on the wires', async () => {
    const { vertices, edges } = await chart(toMermaid(await template('pattern-rabbitmq-routing'), en));
    const shape = (label: string) => vertices.find((v) => v.text === label)?.type;
    expect(shape('Checkout')).toBe('stadium');
    expect(shape('Orders')).toBe('round');
    expect(shape('events (topic)')).toBe('trapezoid');
    expect(shape('audit')).toBe('subroutine');
    const wires = edges.map((e) => `${e.start} ${e.stroke} ${shown(e.text)} ${e.end}`);
    expect(wires).toEqual([
      'c_api normal  c_orders',
      'c_orders dotted order.created, order.cancelled, payment.failed c_x',
      'c_x dotted order.* c_q1',
      'c_x dotted *.created c_q2',
      'c_x dotted # c_q3',
      'c_q1 dotted  c_s1',
      'c_q2 dotted  c_s2',
      'c_q3 dotted  c_s3',
    ]);
  });

  it('labels routes, consumer groups, dead letters and stores', async () => {
    const gateway = await chart(toMermaid(await template('pattern-gateway'), en));
    expect(gateway.edges.map((e) => shown(e.text))).toEqual(['', '/orders · gRPC', '/users']);
    const kafka = await chart(toMermaid(await template('pattern-kafka-groups'), en));
    expect(kafka.edges.map((e) => shown(e.text))).toEqual(['', '', 'group billing', 'group analytics']);
    const queue = await chart(toMermaid(await template('pattern-queue-consumers'), en));
    expect(queue.edges.map((e) => shown(e.text))).toContain('dead letters');
    const batching = await chart(toMermaid(await template('pattern-batching'), en));
    expect(batching.vertices.find((v) => v.text === 'Warehouse')?.type).toBe('cylinder');
    expect(toMermaid(await template('pattern-queue-consumers'), docsWords('uk'))).toContain('"недоставлені"');
  });

  it('keeps hostile names as typed and inside their labels', async () => {
    // One node per hostile word and kind, ids as hostile as the names (the decoder allows these).
    const nodes = HOSTILE_WORDS.map((word, i) => {
      const kind: NodeKind = NODE_KINDS[i % NODE_KINDS.length]!;
      return [
        ['end', 'graph', 'subgraph', 'style', 'class', 'o-x', '1', 'A---oB'][i % 8]! + i,
        kind,
        word,
        0,
        0,
      ] as const;
    });
    const extra = [
      ['end', 'service', 'line one\nline two\r\n"three"', 0, 0],
      ['x.y:z', 'queue', '%%{init: {"theme": "forest"}}%%', 0, 0],
      ['a_b', 'topic', '`**markdown**`', 0, 0],
      ['a-b', 'database', 'a]) --> evil[("x', 0, 0],
      ['classDef', 'client', 'click c_end call alert(1)', 0, 0],
      ['tail', 'service', '#quot; #35; &amp; &lt;b&gt; <br/>', 0, 0],
      ['sur', 'service', 'half \uD800 pair', 0, 0],
    ] as const;
    const doc = documentFromRows(
      'Name with "quotes"\n--- and ```fences```',
      [...nodes, ...extra].map(([id, kind, label, x, y]) => [id, kind, label, x, y]),
      [['e1', 'end', 'x.y:z', {}]],
    );
    const text = toMermaid(doc, en);
    const { vertices, edges } = await chart(text);
    expect(vertices.map((v) => shown(v.text))).toEqual(doc.nodes.map((n) => oneLine(n.label)));
    expect(vertices.every((v) => /^c_[A-Za-z0-9_]+$/.test(v.id))).toBe(true);
    expect(new Set(vertices.map((v) => v.id)).size).toBe(doc.nodes.length);
    // `a_b` and `a-b` would both be c_a_b: the second one gets a suffix.
    expect(vertices.filter((v) => v.id.startsWith('c_a_b')).map((v) => v.id)).toEqual(['c_a_b', 'c_a_b_2']);
    expect(edges.map((e) => [e.start, e.end])).toEqual([['c_end', 'c_x_y_z']]);
    expect(text).not.toContain('%%{');
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'hostile diagram %i: parses with every name as typed',
    async (seed) => {
      const decoded = decodeDocument(hostileDiagram(seed, 12));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const doc = decoded.value;
      const { vertices, edges } = await chart(toMermaid(doc, en));
      expect(vertices.map((v) => shown(v.text))).toEqual(doc.nodes.map((n) => oneLine(n.label)));
      expect(edges).toHaveLength(doc.edges.length);
      for (const edge of edges) expect(shown(edge.text)).not.toMatch(/[\n\r]/);
    },
  );

  it('writes every character that means something to Mermaid or HTML as a code', () => {
    expect(mermaidText('a "b" <c> & #d; `e` |f| %%{g}%% \\')).toBe(
      'a #34;b#34; #60;c#62; #38; #35;d; #96;e#96; #124;f#124; #37;#37;#123;g#125;#37;#37; #92;',
    );
    expect(mermaidText('Замовлення 注文 🚀')).toBe('Замовлення 注文 🚀');
    expect(mermaidText('\u202etxet')).toBe('#8238;txet');
  });
});
