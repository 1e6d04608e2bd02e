import { describe, expect, it } from 'vitest';
import { decodeDocument, decodeDocumentJson } from './decode';
import { emptyDocument, LIMITS } from './defaults';
import { MIGRATIONS, migrate } from './migrations';
import { describeIssue } from './problems';
import { type DiagramDocument, DOCUMENT_VERSION } from './types';

function sample(): DiagramDocument {
  return {
    ...emptyDocument('Orders'),
    nodes: [
      { id: 'n1', kind: 'client', label: 'Web', position: { x: 0, y: 0 }, props: { rate: 20 } },
      { id: 'n2', kind: 'gateway', label: 'Gateway', position: { x: 200, y: 0 }, props: { rateLimit: true } },
      { id: 'n3', kind: 'service', label: 'Orders', position: { x: 400, y: 0 }, props: { instances: 3 } },
    ],
    edges: [
      { id: 'e1', source: 'n1', target: 'n2', props: {} },
      { id: 'e2', source: 'n2', target: 'n3', props: { route: '/orders', protocol: 'grpc' } },
    ],
  };
}

function issuesOf(input: unknown) {
  const r = decodeDocument(input);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.issues;
}

describe('document validation', () => {
  it('accepts a valid document and returns an equal one', () => {
    const r = decodeDocument(structuredClone(sample()));
    expect(r).toEqual({ ok: true, value: sample() });
  });

  it('names the path and the problem of an out-of-range property', () => {
    const doc = sample();
    doc.nodes[2]!.props.instances = 500;
    expect(issuesOf(doc)).toEqual([
      { path: 'nodes[2].props.instances', problem: { code: 'tooLarge', max: 64 } },
    ]);
  });

  it('refuses unknown properties, wrong types, unknown kinds and missing fields', () => {
    const doc = sample() as unknown as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    (doc.nodes[0]!.props as Record<string, unknown>).colour = 'red';
    expect(issuesOf(doc)[0]).toEqual({
      path: 'nodes[0].props.colour',
      problem: { code: 'unknownProp', key: 'colour' },
    });

    const wrongType = sample();
    (wrongType.nodes[0]!.props as Record<string, unknown>).rate = 'fast';
    expect(issuesOf(wrongType)[0]).toMatchObject({
      path: 'nodes[0].props.rate',
      problem: { code: 'type', expected: 'number' },
    });

    const unknownKind = structuredClone(sample()) as unknown as { nodes: { kind: string }[] };
    unknownKind.nodes[1]!.kind = 'mainframe';
    const issue = issuesOf(unknownKind)[0]!;
    expect(issue.path).toBe('nodes[1].kind');
    expect(describeIssue(issue)).toContain('"mainframe"');

    const missing = structuredClone(sample()) as unknown as { edges: Record<string, unknown>[] };
    delete missing.edges[0]!.target;
    expect(issuesOf(missing)[0]).toEqual({ path: 'edges[0].target', problem: { code: 'missing' } });
  });

  it('refuses a wire the catalogue forbids, dangling edges and duplicate ids', () => {
    const forbidden = sample();
    forbidden.edges.push({ id: 'e3', source: 'n3', target: 'n1', props: {} });
    const [issue] = issuesOf(forbidden);
    expect(issue).toMatchObject({ path: 'edges[2]', problem: { code: 'wiring' } });

    const dangling = sample();
    dangling.edges[0]!.target = 'n9';
    expect(issuesOf(dangling)).toEqual([
      { path: 'edges[0].target', problem: { code: 'missingNode', id: 'n9' } },
    ]);

    const dup = sample();
    dup.nodes[1]!.id = 'n1';
    expect(issuesOf(dup)[0]).toEqual({ path: 'nodes[1].id', problem: { code: 'duplicateId', id: 'n1' } });
  });

  it('refuses an edge property that belongs to another kind of wire', () => {
    const doc = sample();
    doc.edges[0]!.props.bindingKey = 'order.*';
    expect(issuesOf(doc)).toEqual([
      { path: 'edges[0].props.bindingKey', problem: { code: 'unknownProp', key: 'bindingKey' } },
    ]);
  });

  it('caps the number of nodes', () => {
    const doc = emptyDocument();
    doc.nodes = Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({
      id: `n${i}`,
      kind: 'service' as const,
      label: '',
      position: { x: 0, y: 0 },
      props: {},
    }));
    expect(issuesOf(doc)).toEqual([{ path: 'nodes', problem: { code: 'tooMany', max: LIMITS.nodes } }]);
  });

  it('refuses a document from a newer version without touching it, and one with no version', () => {
    const newer = { ...sample(), version: DOCUMENT_VERSION + 1 };
    expect(issuesOf(newer)).toEqual([
      { path: 'version', problem: { code: 'newerVersion', version: DOCUMENT_VERSION + 1 } },
    ]);
    expect(newer.version).toBe(DOCUMENT_VERSION + 1);
    expect(issuesOf({ nodes: [] })[0]!.problem.code).toBe('missingVersion');
  });

  it('reports text that is not JSON, and never throws on odd input', () => {
    expect(decodeDocumentJson('{"version": 1,')).toMatchObject({
      ok: false,
      issues: [{ problem: { code: 'notJson' } }],
    });
    for (const input of [
      null,
      42,
      'text',
      [],
      [1, 2],
      { version: '1' },
      { version: 1.5 },
      { version: 1, nodes: 'x' },
    ]) {
      expect(decodeDocument(input).ok).toBe(false);
    }
  });

  it('does not let __proto__ keys pollute objects', () => {
    const text = JSON.stringify(sample()).replace(
      '"props":{"rate":20}',
      '"props":{"rate":20,"__proto__":{"polluted":true}}',
    );
    decodeDocumentJson(text);
    decodeDocumentJson('{"__proto__":{"polluted":true},"version":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrations', () => {
  it('has one migration per version step, numbered from 1', () => {
    expect(MIGRATIONS.length).toBe(DOCUMENT_VERSION - 1);
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i + 1);
    });
  });

  it('runs every migration after the document version, in order, and stamps the version', () => {
    const steps = [
      {
        from: 1,
        name: 'one',
        up: (d: Record<string, unknown>) => ({ ...d, trail: [...((d.trail as string[]) ?? []), 'one'] }),
      },
      {
        from: 2,
        name: 'two',
        up: (d: Record<string, unknown>) => ({ ...d, trail: [...((d.trail as string[]) ?? []), 'two'] }),
      },
    ];
    expect(migrate({ version: 1 }, 1, steps)).toEqual({
      doc: { version: 3, trail: ['one', 'two'] },
      applied: ['one', 'two'],
    });
    expect(migrate({ version: 2 }, 2, steps)).toEqual({
      doc: { version: 3, trail: ['two'] },
      applied: ['two'],
    });
  });
});
