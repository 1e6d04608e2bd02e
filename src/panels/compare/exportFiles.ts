/**
 * Downloading series as CSV and charts as PNG, for the metrics panel and the comparison (loaded
 * on first use). A file is named from its parts (diagram, component, runs) made file-safe.
 */

import { downloadBlob, fileSlug } from '../download';
import { type CsvBlock, seriesCsv } from './csv';
import { type ChartPicture, chartsPng } from './png';

const fileName = (parts: readonly string[], ext: string) =>
  `${parts.map((p) => fileSlug(p, 'run')).join('-')}.${ext}`;

export function downloadCsv(nameParts: readonly string[], blocks: readonly CsvBlock[]): void {
  downloadBlob(fileName(nameParts, 'csv'), new Blob([seriesCsv(blocks)], { type: 'text/csv;charset=utf-8' }));
}

/** False when this browser could not make the picture (the caller says so). */
export async function downloadPng(
  nameParts: readonly string[],
  charts: readonly ChartPicture[],
  title = '',
): Promise<boolean> {
  try {
    downloadBlob(fileName(nameParts, 'png'), await chartsPng(charts, title));
    return true;
  } catch {
    return false;
  }
}
