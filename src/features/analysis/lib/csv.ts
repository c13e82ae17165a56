import { downloadBlob, fileName } from '../../../lib/download';

/*
 * CSV for Excel and everyone else (RFC 4180): comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break. UTF-8 with a byte-order mark: without it Excel on a
 * Chinese Windows reads the file as GBK and the names come out garbled.
 */

export const UTF8_BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

/** One field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with ' (OWASP). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file as text, BOM first: a header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** A CSV file's name, without characters that Windows refuses: `广州供电局-违章数-2023-10-01_2026-09-30.csv`. */
export function csvFileName(parts: readonly string[]): string {
  return fileName(parts, 'csv');
}

/** Hands the text to the browser as a download (UTF-8: TextEncoder writes the BOM as EF BB BF). */
export function downloadText(text: string, name: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(new Blob([new TextEncoder().encode(text)], { type }), name);
}
