/** Downloading series as CSV and charts as PNG, for the metrics panel and the comparison (loaded on first use). */
import { type CsvBlock, seriesCsv } from './csv';
import { downloadBlob } from './download';
import { type ChartPicture, chartsPng } from './png';

export function downloadCsv(filename: string, blocks: readonly CsvBlock[]): void {
  downloadBlob(filename, new Blob([seriesCsv(blocks)], { type: 'text/csv;charset=utf-8' }));
}

/** False when this browser could not make the picture (the caller says so). */
export async function downloadPng(
  filename: string,
  charts: readonly ChartPicture[],
  title = '',
): Promise<boolean> {
  try {
    downloadBlob(filename, await chartsPng(charts, title));
    return true;
  } catch {
    return false;
  }
}

export { toSeconds } from './digest';
export { fileSlug } from './download';
