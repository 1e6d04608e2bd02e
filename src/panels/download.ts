/** Downloads, for the panels (CSV, PNG) and the share layer above them (files, pictures). */

/** Offers a blob as a download (no server involved: an object URL, revoked shortly after). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** A file name part from any text: letters, digits and dashes only, at most `max` characters. */
export function fileSlug(text: string, fallback: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .toLowerCase();
  return slug || fallback;
}
