/*
 * The tutorials' own small text format, parsed into plain data that React renders as text (never
 * as HTML): paragraphs separated by a blank line, lists of lines starting with "- ",
 * `*emphasis*` and `` `code` `` inside a line. Anything else is text, characters and all.
 */

export type Inline = { type: 'text' | 'em' | 'code'; text: string };
export type Block = { type: 'p'; spans: Inline[] } | { type: 'list'; items: Inline[][] };

/** Splits a line into text, emphasis and code; an unpaired `*` or `` ` `` stays as it is. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\*([^*]+)\*/g;
  let last = 0;
  for (const m of line.matchAll(pattern)) {
    if (m.index > last) out.push({ type: 'text', text: line.slice(last, m.index) });
    out.push(m[1] !== undefined ? { type: 'code', text: m[1] } : { type: 'em', text: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ type: 'text', text: line.slice(last) });
  return out;
}

/** Parses a whole text into paragraphs and lists. */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.trim().split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => l.startsWith('- '))) {
      blocks.push({ type: 'list', items: lines.map((l) => parseInline(l.slice(2))) });
    } else {
      blocks.push({ type: 'p', spans: parseInline(lines.join(' ')) });
    }
  }
  return blocks;
}

/** The text without its marks, for screen-reader announcements and search. */
export function plainText(text: string): string {
  return parseRichText(text)
    .map((b) => (b.type === 'p' ? b.spans : b.items.flat()).map((s) => s.text).join(''))
    .join(' ');
}
