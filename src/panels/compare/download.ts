/*
 * Downloads for the panels (CSV, PNG). share/download.ts does the same for the share layer, which
 * sits above panels; this small copy keeps the layer order (panels may not import from share).
 */

/** Offers a blob as a download (an object URL, revoked shortly after; no server involved). */
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

/** A file name part from any text: letters, digits and dashes only. */
export function fileSlug(text: string, fallback = 'run'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .toLowerCase();
  return slug || fallback;
}
