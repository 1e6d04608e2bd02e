import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { benchDiagram } from '../../bench/linkDiagram';
import {
  compactDocument,
  type DiagramDocument,
  decodeDocument,
  documentAt,
  emptyDocument,
  LIMITS,
  MAX_FRAGMENT,
  packDocument,
} from '../model';
import { randomDiagram } from '../model/testing/randomDiagram';
import { toBase64Url } from './base64url';
import { deflate } from './inflate';
import {
  decodeLink,
  decodePayload,
  documentFragment,
  encodeMomentPayload,
  encodePayload,
  readFragment,
  shareLink,
} from './linkCodec';

const builtIn = import.meta.glob<unknown>(['../engine/reference/*.json', '../templates/*.json'], {
  eager: true,
  import: 'default',
});

/** A payload made by hand from any compact JSON value: how hostile links are built. */
const payloadOf = (compact: unknown, format = 1) =>
  `${format}.${toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify(compact))))}`;

function valid(raw: unknown): DiagramDocument {
  const decoded = decodeDocument(raw);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
  return decoded.value;
}

describe('link codec: round trips', () => {
  it.each(Object.keys(builtIn))('brings back the built-in diagram %s identically', (path) => {
    const doc = valid(builtIn[path]);
    expect(decodePayload(encodePayload(doc))).toEqual({ ok: true, value: doc });
  });

  it('brings back random valid diagrams of up to 200 nodes identically (2,000 runs)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 200 }), (seed, count) => {
        const doc = randomDiagram(seed, count);
        const back = decodePayload(encodePayload(doc));
        // decodePayload validates, so `ok` also proves the generated diagram was valid.
        // Comparing JSON text (key order included) is exact and much faster than a deep equal.
        if (!back.ok) throw new Error(JSON.stringify(back.problem));
        expect(JSON.stringify(back.value)).toBe(JSON.stringify(doc));
      }),
      { numRuns: 2000 },
    );
  }, 30_000);

  it('omits defaults: an empty diagram is a few characters', () => {
    expect(compactDocument(valid({ ...benchDiagram(), nodes: [], edges: [], name: '' }))).toEqual({
      v: 1,
      N: [],
      w: [-120, 35, 0.8],
      r: [42, 2],
    });
    expect(documentFragment(emptyDocument())).toBe('d=1.q1YqU7Iy1FHyU7KKjq0FAA');
  });

  it('keeps a 30-node, 40-edge diagram with positions and changed settings within 2,000 characters', () => {
    const doc = benchDiagram();
    expect(doc.nodes).toHaveLength(30);
    expect(doc.edges).toHaveLength(40);
    expect(valid(doc)).toEqual(doc);
    const link = shareLink(doc, 'https://example.github.io/api-patterns-playground/');
    expect(link.length).toBeLessThanOrEqual(2000);
    expect(readFragment(new URL(link).hash)).toEqual({ kind: 'document', result: { ok: true, value: doc } });
  });

  it('makes share and embed links that carry nothing in the query but embed', () => {
    const doc = randomDiagram(3, 2);
    const link = new URL(shareLink(doc, 'https://host.example/app/?x=1#old', true));
    expect(link.search).toBe('?embed=1');
    expect(link.hash).toBe(`#${documentFragment(doc)}`);
  });
});

describe('link codec: refusals', () => {
  it('refuses a fragment over 64,000 characters before decoding it', () => {
    expect(readFragment(`#d=1.${'A'.repeat(MAX_FRAGMENT)}`)).toEqual({
      kind: 'document',
      result: { ok: false, problem: { code: 'linkTooLong', length: MAX_FRAGMENT + 4, max: MAX_FRAGMENT } },
    });
  });

  it('stops inflating a decompression bomb past 1 MB', () => {
    const bomb = `1.${toBase64Url(deflateSync(new Uint8Array(40_000_000).fill(32), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT);
    expect(decodePayload(bomb)).toEqual({ ok: false, problem: { code: 'tooLarge', maxKb: 1000 } });
  });

  it('says a link from a newer link format or document version is newer, and changes nothing', () => {
    expect(decodePayload('3.AAAA')).toEqual({ ok: false, problem: { code: 'newerLink', version: '3' } });
    expect(decodePayload(payloadOf({ v: 7, N: [] }))).toEqual({
      ok: false,
      problem: {
        code: 'invalid',
        issues: [{ path: 'version', problem: { code: 'newerVersion', version: 7 } }],
      },
    });
  });

  it('caps nodes and edges with a reason, before expanding them', () => {
    const nodes = Array.from({ length: LIMITS.nodes + 1 }, () => ['service', 'S', 0, 0]);
    expect(decodePayload(payloadOf({ v: 1, N: nodes }))).toEqual({
      ok: false,
      problem: {
        code: 'invalid',
        issues: [{ path: 'nodes', problem: { code: 'tooMany', max: LIMITS.nodes } }],
      },
    });
    const edges = Array.from({ length: LIMITS.edges + 1 }, () => [0, 1]);
    expect(decodePayload(payloadOf({ v: 1, N: [], E: edges }))).toMatchObject({
      ok: false,
      problem: { issues: [{ path: 'edges', problem: { code: 'tooMany' } }] },
    });
  });

  it('names where a packed document is wrong', () => {
    expect(decodePayload(payloadOf({ v: 1, N: [['service', 'S', 0, 0]], E: [[0, 5]] }))).toEqual({
      ok: false,
      problem: {
        code: 'invalid',
        issues: [{ path: 'edges[0].target', problem: { code: 'missingNode', id: '5' } }],
      },
    });
    expect(decodePayload(payloadOf({ v: 1, N: [['toaster', 'T', 0, 0]] }))).toMatchObject({
      ok: false,
      problem: { code: 'invalid', issues: [{ path: 'nodes[0].kind' }] },
    });
  });

  it('reads a link that a mail client wrapped or a sentence ended with punctuation', () => {
    const doc = randomDiagram(8, 6);
    const payload = encodePayload(doc);
    const wrapped = `${payload.slice(0, 40)}\n  ${payload.slice(40, 90)} ${payload.slice(90)}`;
    for (const variant of [wrapped, `${payload}.`, `${payload}),`, `${payload}”`])
      expect(decodePayload(variant), variant.slice(-3)).toEqual({ ok: true, value: doc });
  });

  it('treats broken base64, cut data and bad UTF-8 as a damaged link', () => {
    const good = encodePayload(randomDiagram(5, 10));
    for (const payload of ['', '1.', '1.@@@', '1.A', good.slice(0, good.length - 3), 'x.abc', '01x.abc'])
      expect(decodePayload(payload), payload).toEqual({ ok: false, problem: { code: 'damaged' } });
    const badUtf8 = `1.${toBase64Url(deflateSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))}`;
    expect(decodePayload(badUtf8)).toEqual({ ok: false, problem: { code: 'damaged' } });
  });

  it('reads built-in ids, ignores unrelated fragments and refuses odd ids', () => {
    expect(readFragment('#t=reference-50')).toEqual({ kind: 'template', id: 'reference-50' });
    expect(readFragment('')).toEqual({ kind: 'none' });
    expect(readFragment('#')).toEqual({ kind: 'none' });
    expect(readFragment('#section-2')).toEqual({ kind: 'none' });
    expect(readFragment('#d')).toEqual({
      kind: 'document',
      result: { ok: false, problem: { code: 'damaged' } },
    });
    expect(readFragment('#t=../../etc')).toMatchObject({ result: { problem: { code: 'unknownTemplate' } } });
  });

  it('reads a link whose = a mail client or redirect percent-encoded, decoding it once only', () => {
    const doc = valid({ ...emptyDocument(), name: 'Encoded' });
    const fragment = documentFragment(doc);
    const encoded = `#${encodeURIComponent(fragment)}`;
    expect(encoded).toContain('d%3D');
    expect(readFragment(encoded)).toEqual({ kind: 'document', result: { ok: true, value: doc } });
    expect(readFragment('#t%3Dreference-50')).toEqual({ kind: 'template', id: 'reference-50' });
    // Encoded twice is not ours after one decoding: a damaged link, not a second round of decoding.
    expect(readFragment(`#${encodeURIComponent(encodeURIComponent(fragment))}`)).toMatchObject({
      result: { ok: false, problem: { code: 'damaged' } },
    });
  });

  it('answers a fragment that looks like ours but cannot be read, and leaves other anchors alone', () => {
    for (const hash of ['#d', '#d:1.abc', '#D=1.abc', '#t', '#d%3', '#d%ZZ'])
      expect(readFragment(hash), hash).toMatchObject({ kind: 'document', result: { ok: false } });
    for (const hash of ['#top', '#details', '#tutorial-1', '#section-2'])
      expect(readFragment(hash), hash).toEqual({ kind: 'none' });
  });
});

describe('link codec: hostile input never throws', () => {
  /** Either a valid document or a refusal with a reason: never an exception, never a half state. */
  function settles(hash: string): void {
    const request = readFragment(hash);
    if (request.kind !== 'document') return;
    if (request.result.ok) expect(decodeDocument(request.result.value).ok).toBe(true);
    else expect(request.result.problem.code).toBeTruthy();
  }

  it('survives 10,000 random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 100 }),
          fc.string({ maxLength: 200 }).map((s) => `#d=${s}`),
          fc.string({ maxLength: 200 }).map((s) => `d=1.${s}`),
          fc.base64String({ maxLength: 400 }).map((s) => `#d=1.${s.replace(/\+/g, '-').replace(/\//g, '_')}`),
        ),
        (hash) => settles(hash),
      ),
      { numRuns: 10_000 },
    );
  });

  const links = Array.from(
    { length: 8 },
    (_, i) => `#${documentFragment(randomDiagram(100 + i, 3 + i * 4))}`,
  );

  it('survives 10,000 mutated links', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...links),
        fc.array(
          fc.record({
            at: fc.nat(),
            op: fc.constantFrom('replace', 'insert', 'delete'),
            char: fc.constantFrom(...'AZaz09-_.=%#+/ ~\u00e9'.split('')),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (link, edits) => {
          let mutated = link;
          for (const { at, op, char } of edits) {
            const i = at % (mutated.length + 1);
            mutated =
              op === 'insert'
                ? mutated.slice(0, i) + char + mutated.slice(i)
                : op === 'delete'
                  ? mutated.slice(0, i) + mutated.slice(i + 1)
                  : mutated.slice(0, i) + char + mutated.slice(i + 1);
          }
          settles(mutated);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('survives links cut at every position, and never reads a cut link as a different diagram', () => {
    const full = `#${documentFragment(randomDiagram(42, 25))}`;
    const original = readFragment(full);
    for (let cut = 0; cut < full.length; cut++) {
      const request = readFragment(full.slice(0, cut));
      if (request.kind !== 'document' || !request.result.ok) continue;
      // A cut that still decodes can only be the very same diagram (DEFLATE's end marker was intact).
      expect(request).toEqual(original);
    }
  });
});

describe('link codec: moment links (format 2)', () => {
  const doc = (() => {
    const d = decodeDocument({
      version: 1,
      name: 'Moment',
      nodes: [
        { id: 'c', kind: 'client', label: 'Web', position: { x: 0, y: 0 }, props: {} },
        { id: 'constructor', kind: 'service', label: 'Orders', position: { x: 200, y: 0 }, props: {} },
      ],
      edges: [{ id: 'e', source: 'c', target: 'constructor', props: {} }],
      viewport: { x: 0, y: 0, zoom: 1 },
      run: { seed: 42, speed: 1 },
    });
    if (!d.ok) throw new Error(JSON.stringify(d.issues));
    return d.value;
  })();
  const moment = {
    seed: 42,
    atMs: 3_500,
    endMs: 8_000,
    journal: {
      version: 1 as const,
      entries: [
        {
          at: 1_000,
          command: { type: 'fault' as const, fault: { kind: 'stop' as const, nodeId: 'constructor' } },
        },
        { at: 2_000, command: { type: 'nodeProps' as const, id: 'constructor', props: { instances: 3 } } },
        {
          at: 5_000,
          command: { type: 'fault' as const, fault: { kind: 'start' as const, nodeId: 'constructor' } },
        },
      ],
    },
  };

  it('brings back the diagram and the run: seed, whole journal, moment and end', () => {
    const request = readFragment(`#d=${encodeMomentPayload(doc, moment)}`);
    expect(request.kind).toBe('document');
    if (request.kind !== 'document') return;
    expect(request.result).toEqual({ ok: true, value: doc });
    expect(request.moment).toEqual(moment);
  });

  it('shows the diagram as the run saw it then: live edits up to the moment, none after', () => {
    const at = documentAt(doc, moment.journal, moment.atMs);
    expect(at.nodes[1]!.props).toEqual({ instances: 3 });
    expect(documentAt(doc, moment.journal, 1_500)).toBe(doc);
  });

  it('opens the diagram without the run when only the run is damaged, and says so', () => {
    const damaged = `{"d":${packDocument(doc)},"m":{"s":1,"at":5,"end":9,"j":{"version":1,"entries":[{"at":3,"command":{"type":"fault","fault":{"kind":"stop","nodeId":"no such id!"}}}]}}}`;
    const payload = `2.${toBase64Url(deflate(new TextEncoder().encode(damaged)))}`;
    const request = readFragment(`#d=${payload}`);
    if (request.kind !== 'document') throw new Error('not a document');
    expect(request.result.ok).toBe(true);
    expect(request.moment).toBeUndefined();
    expect(request.runDamaged).toBe(true);
  });

  it('refuses a format 2 payload that is not {d, m}, and a moment past its bounds', () => {
    const bad = (json: string) => `2.${toBase64Url(deflate(new TextEncoder().encode(json)))}`;
    expect(decodeLink(bad(packDocument(doc)))).toEqual({ ok: false, problem: { code: 'damaged' } });
    const farMoment = bad(
      `{"d":${packDocument(doc)},"m":{"s":1,"at":1e300,"end":9,"j":{"version":1,"entries":[]}}}`,
    );
    const far = decodeLink(farMoment);
    expect(far.ok && far.value.runDamaged).toBe(true);
  });

  it('still writes plain diagrams as format 1, which older builds read', () => {
    expect(encodePayload(doc).startsWith('1.')).toBe(true);
    expect(encodeMomentPayload(doc, moment).startsWith('2.')).toBe(true);
  });
});
