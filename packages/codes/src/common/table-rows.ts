import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { parseCsv, type CsvRecord } from './csv.ts';
import { readFirstSheet } from './xlsx-rows.ts';

/**
 * Reads a table as CMS publishes it, whatever the form: `.xlsx` (first sheet), tab-delimited
 * `.txt` (the NCCI PTP text files: no quoting, one row a line), or `.csv` (RFC 4180). Every
 * row keeps its line or sheet-row number for error messages.
 */
export async function readTableRows(file: SourceFile): Promise<CsvRecord[]> {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    const rows = await readFirstSheet(file.bytes, file.name);
    return rows.map((row) => ({ line: row.row, fields: row.cells }));
  }
  const text = decodeText(file.bytes);
  if (lower.endsWith('.txt')) {
    return text
      .split(/\r?\n/)
      .map((line, index) => ({ line: index + 1, fields: line.split('\t') }))
      .filter((row, index, all) => index < all.length - 1 || row.fields.join('') !== '');
  }
  return parseCsv(text, file.name);
}
