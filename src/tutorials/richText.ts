/*
 * The tutorials' own small text format, parsed into plain data that React renders as text (never
 * as HTML): paragraphs separated by a blank line, lists of lines starting with "- ",
 * `*emphasis*` and `` `code` `` inside a line. Anything else is text, characters and all.
 */

/** Each piece carries its place in the text as a key: the text never reorders. */
export type Inline = { key: string; type: 'text' | 'em' | 'code'; text: string };
export type ListItem = { key: string; spans: Inline[] };
export type Block =
  | { key: string; type: 'p'; spans: Inline[] }
  | { key: string; type: 'list'; items: ListItem[] };

/** Splits a line into text, emphasis and code; an unpaired `*` or `` ` `` stays as it is. */
export function parseInline(line: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\*([^*]+)\*/g;
  let last = 0;
  for (const m of line.matchAll(pattern)) {
    if (m.index > last) out.push({ key: `s${last}`, type: 'text', text: line.slice(last, m.index) });
    out.push(
      m[1] !== undefined
        ? { key: `s${m.index}`, type: 'code', text: m[1] }
        : { key: `s${m.index}`, type: 'em', text: m[2]! },
    );
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ key: `s${last}`, type: 'text', text: line.slice(last) });
  return out;
}

/** Parses a whole text into paragraphs and lists. */
export function parseRichText(text: string): Block[] {
  const blocks: Block[] = [];
  for (const [b, chunk] of text
    .trim()
    .split(/\n\s*\n/)
    .entries()) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    if (lines.every((l) => l.startsWith('- '))) {
      const items = lines.map((l, i) => ({ key: `i${i}`, spans: parseInline(l.slice(2)) }));
      blocks.push({ key: `b${b}`, type: 'list', items });
    } else {
      blocks.push({ key: `b${b}`, type: 'p', spans: parseInline(lines.join(' ')) });
    }
  }
  return blocks;
}

/** The text without its marks, for screen-reader announcements and search. */
export function plainText(text: string): string {
  return parseRichText(text)
    .map((b) => (b.type === 'p' ? b.spans : b.items.flatMap((i) => i.spans)).map((s) => s.text).join(''))
    .join(' ');
}
