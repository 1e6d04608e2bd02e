import type { DiagramDocument } from '../model';
import { decodePacked, type Loaded, MAX_FRAGMENT, MAX_INFLATED, packDocument } from '../model';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflate, inflateBounded } from './inflate';
import { fragmentText, looksOurs } from './mode';

/** The link format this build writes; it reads this one and none newer. Separate from DOCUMENT_VERSION. */
export const LINK_FORMAT = 1;

/** What a URL fragment asks for. */
export type FragmentRequest =
  | { kind: 'none' }
  | { kind: 'document'; result: Loaded<DiagramDocument> }
  | { kind: 'template'; id: string };

/** The payload of a `#d=` link: `<link format>.<base64url of raw DEFLATE of compact JSON>`. */
export function encodePayload(doc: DiagramDocument): string {
  const json = packDocument(doc);
  return `${LINK_FORMAT}.${toBase64Url(deflate(new TextEncoder().encode(json)))}`;
}

/** The fragment (without `#`) that opens this document. */
export function documentFragment(doc: DiagramDocument): string {
  return `d=${encodePayload(doc)}`;
}

/** A full share link: this page's address with the document in the fragment. */
export function shareLink(doc: DiagramDocument, base: string, embed = false): string {
  const url = new URL(base);
  url.hash = documentFragment(doc);
  url.search = embed ? '?embed=1' : '';
  return url.href;
}

/**
 * Reads a payload back: format check, base64url, bounded inflate, UTF-8, JSON, unpack, then the
 * model's decoder. Whitespace (mail clients wrap long links) and trailing punctuation (a link at
 * the end of a sentence) are not part of any payload, so they are dropped first.
 */
export function decodePayload(raw: string): Loaded<DiagramDocument> {
  const payload = raw.replace(/\s+/g, '').replace(/[^A-Za-z0-9_-]+$/, '');
  const dot = payload.indexOf('.');
  const format = dot < 0 ? '' : payload.slice(0, dot);
  if (!/^\d{1,6}$/.test(format)) return { ok: false, problem: { code: 'damaged' } };
  if (Number(format) > LINK_FORMAT) return { ok: false, problem: { code: 'newerLink', version: format } };
  if (Number(format) < 1) return { ok: false, problem: { code: 'damaged' } };
  const bytes = fromBase64Url(payload.slice(dot + 1));
  if (!bytes || bytes.length === 0) return { ok: false, problem: { code: 'damaged' } };
  const inflated = inflateBounded(bytes, MAX_INFLATED);
  if (!inflated.ok)
    return {
      ok: false,
      problem:
        inflated.reason === 'tooLarge'
          ? { code: 'tooLarge', maxKb: MAX_INFLATED / 1000 }
          : { code: 'damaged' },
    };
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
  } catch {
    return { ok: false, problem: { code: 'damaged' } };
  }
  return decodePacked(parsed);
}

const TEMPLATE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Reads a URL fragment (`#d=…` or `#t=…`, with or without `#`, its `=` possibly percent-encoded).
 * Anything over MAX_FRAGMENT characters is refused before it is looked at; one that looks like
 * ours but is neither (`#d:…`, a bare `#d`) is damaged; any other fragment is ignored.
 */
export function readFragment(hash: string): FragmentRequest {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { kind: 'none' };
  if (raw.length > MAX_FRAGMENT)
    return {
      kind: 'document',
      result: { ok: false, problem: { code: 'linkTooLong', length: raw.length, max: MAX_FRAGMENT } },
    };
  const fragment = fragmentText(raw);
  // A tutorial link is the app's to open (startup.ts), not a document.
  if (!looksOurs(fragment) || /^(l=[A-Za-z0-9-]{1,64}|c=[a-z0-9-]{1,64}(:.+)?)$/.test(fragment))
    return { kind: 'none' };
  if (!/^[dt]=/.test(fragment))
    return { kind: 'document', result: { ok: false, problem: { code: 'damaged' } } };
  if (fragment.startsWith('d=')) return { kind: 'document', result: decodePayload(fragment.slice(2)) };
  {
    let id: string;
    try {
      id = decodeURIComponent(fragment.slice(2));
    } catch {
      id = fragment.slice(2);
    }
    return TEMPLATE_ID.test(id)
      ? { kind: 'template', id }
      : {
          kind: 'document',
          result: { ok: false, problem: { code: 'unknownTemplate', id: id.slice(0, 64) } },
        };
  }
}
