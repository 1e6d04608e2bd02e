import { describe, expect, it } from 'vitest';
import { DOCUMENT_VERSION, decodeDocument, MIGRATIONS, migrate } from '../model';
import { decodeLink, decodePayload, encodePayload, LINK_FORMAT } from './linkCodec';

/**
 * Golden files: one document and one link of every released version, kept forever. A change
 * that stops any of them from opening is a broken promise to everyone who saved or shared one.
 */
const documents = import.meta.glob<string>('../model/golden/document-v*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});
const links = import.meta.glob<string>('./golden/link-v*.txt', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const moments = import.meta.glob<string>('./golden/link-v*.moment.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const versionOf = (path: string) => Number(/-v(\d+)\./.exec(path)?.[1]);

describe('golden documents and links', () => {
  it('has a golden document for every document version and a golden link for every link format', () => {
    expect(Object.keys(documents).map(versionOf).sort()).toEqual(
      Array.from({ length: DOCUMENT_VERSION }, (_, i) => i + 1),
    );
    expect(Object.keys(links).map(versionOf).sort()).toEqual(
      Array.from({ length: LINK_FORMAT }, (_, i) => i + 1),
    );
  });

  it.each(Object.entries(documents))('opens %s, running every migration from its version', (path, text) => {
    const raw: unknown = JSON.parse(text);
    const from = versionOf(path);
    const { applied } = migrate(raw as Record<string, unknown>, from);
    expect(applied).toEqual(MIGRATIONS.filter((m) => m.from >= from).map((m) => m.name));
    const decoded = decodeDocument(raw);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(decoded.value.version).toBe(DOCUMENT_VERSION);
  });

  /** The document version current when each link format was released. */
  const DOCUMENT_OF_LINK: Record<number, number> = { 1: 1, 2: 1 };
  it.each(Object.entries(links))('opens %s as the golden document of its time', (path, text) => {
    const decoded = decodePayload(text.trim());
    const expected = decodeDocument(
      JSON.parse(documents[`../model/golden/document-v${DOCUMENT_OF_LINK[versionOf(path)]}.json`]!),
    );
    expect(decoded).toEqual(expected);
  });

  it('opens the golden moment link (format 2) with its run: seed, journal, moment and end', () => {
    const link = decodeLink(links['./golden/link-v2.txt']!.trim());
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.value.moment).toEqual(JSON.parse(moments['./golden/link-v2.moment.json']!));
  });

  it('writes the same link for the golden document as when format 1 was released', () => {
    const doc = decodeDocument(JSON.parse(documents['../model/golden/document-v1.json']!));
    if (!doc.ok) throw new Error('golden document does not decode');
    expect(encodePayload(doc.value)).toMatchInlineSnapshot(
      `"1.VVFLTuQwEL2KVYtZVYPtkBlkjUaaBWLDR2LDoulFSCp0pCQOjtOohfoKnIMbsOASzY14DqglNlH8_D5Vz8-0IWeYrsgtl1S2jfSRmG7lXv0thuGf-qXuqA6Aq_GOiBcnmo3V_Eydr4Qcjdu-hCAUESdjj3KmaZQwkgOLhiKu8UvHPlQAXcbqeL52BqK17_0UbiSG7f86SiBXF-0ouxUv6QGGT8UWrP3r_v3jZf9GbA_hKe6i6ZpILoZJvvJn4GZAXq53fHBIbojcNKXA7XoehDiHT3Jq-jEWfSlQZXPw4yTTgahkg0JAP9Wg_3QiNvo0oSumHjue-7aSXm2MS6qwVXUjbaV8reJacAhjVJUvpw6OqvahK1LTZ6l4rIVRYtOJn-Ll3B3yKKCZJk1m02SGbdocjNT7d6NwGIKPvvQtwIcwlITVo198X0NnOcM34xOohyC1xHKNp9qluZ-QnuW8MJb10Z8cCB5habX9rY02nK92nw"`,
    );
  });
});
