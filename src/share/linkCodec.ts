import type { DiagramDocument, RunMoment } from '../model';
import {
  decodeMoment,
  decodePacked,
  type Loaded,
  MAX_FRAGMENT,
  MAX_INFLATED,
  packDocument,
  packMoment,
} from '../model';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflate, inflateBounded } from './inflate';
import { fragmentText, looksOurs } from './mode';

/**
 * The newest link format this build writes; it reads every one up to it and none newer. Separate
 * from DOCUMENT_VERSION. 1: a diagram. 2: a diagram with a run at one moment (`{d, m}`). Plain
 * diagrams are still written as format 1, so builds from before moment links open them.
 */
export const LINK_FORMAT = 2;
const DIAGRAM_FORMAT = 1;
const MOMENT_FORMAT = 2;

/** What a URL fragment asks for. */
export type FragmentRequest =
  | { kind: 'none' }
  | { kind: 'document'; result: Loaded<DiagramDocument>; moment?: RunMoment; runDamaged?: true }
  | { kind: 'template'; id: string };

/** The payload of a `#d=` link: `<link format>.<base64url of raw DEFLATE of compact JSON>`. */
export function encodePayload(doc: DiagramDocument): string {
  const json = packDocument(doc);
  return `${DIAGRAM_FORMAT}.${toBase64Url(deflate(new TextEncoder().encode(json)))}`;
}

/** The payload of a moment link: the run's diagram and `{s, at, end, j}` (seed, moment, end, journal). */
export function encodeMomentPayload(doc: DiagramDocument, moment: RunMoment): string {
  const json = `{"d":${packDocument(doc)},"m":${JSON.stringify(packMoment(moment))}}`;
  return `${MOMENT_FORMAT}.${toBase64Url(deflate(new TextEncoder().encode(json)))}`;
}

/** A share link that opens the diagram paused at a moment of its run. */
export function momentLink(doc: DiagramDocument, moment: RunMoment, base: string): string {
  const url = new URL(base);
  url.hash = `d=${encodeMomentPayload(doc, moment)}`;
  url.search = '';
  return url.href;
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
  const link = decodeLink(raw);
  return link.ok ? { ok: true, value: link.value.doc } : link;
}

/** What a link holds: the diagram, and for a moment link the run (or that its run was unreadable). */
export interface LinkContent {
  doc: DiagramDocument;
  moment?: RunMoment;
  runDamaged?: true;
}

/** A link's diagram, and the run's moment when it is a moment link (format 2). */
export function decodeLink(raw: string): Loaded<LinkContent> {
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
  if (Number(format) === DIAGRAM_FORMAT) {
    const doc = decodePacked(parsed);
    return doc.ok ? { ok: true, value: { doc: doc.value } } : doc;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !Object.hasOwn(parsed, 'd') ||
    !Object.hasOwn(parsed, 'm')
  )
    return { ok: false, problem: { code: 'damaged' } };
  const { d, m } = parsed as { d: unknown; m: unknown };
  const doc = decodePacked(d);
  if (!doc.ok) return doc;
  const moment = decodeMoment(m);
  // The diagram is good and the run is not: open the diagram, and say what was not kept.
  if (!moment.ok) return { ok: true, value: { doc: doc.value, runDamaged: true } };
  return { ok: true, value: { doc: doc.value, moment: moment.value } };
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
  if (fragment.startsWith('d=')) {
    const link = decodeLink(fragment.slice(2));
    if (!link.ok) return { kind: 'document', result: link };
    const { doc, moment, runDamaged } = link.value;
    return {
      kind: 'document',
      result: { ok: true, value: doc },
      ...(moment ? { moment } : {}),
      ...(runDamaged ? { runDamaged } : {}),
    };
  }
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
