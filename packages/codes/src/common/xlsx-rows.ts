import type { CellValue } from 'exceljs';
import { importFailure } from './import-problems.ts';

/** One worksheet row as text cells (index 0 is column A) with its 1-based row number. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * Reads the first worksheet of an `.xlsx` file as rows of text. CMS exports (HCPCS quarterly
 * file, NCCI AOC table) store every value as text; numbers and dates that do appear are turned
 * into their plain text (`2013091`, not `2,013,091`), rich text and hyperlinks into their text.
 *
 * @throws MedbillError (`invalid`) when the bytes are not a readable workbook.
 */
export async function readFirstSheet(bytes: Uint8Array, file: string): Promise<SheetRow[]> {
  // Loaded on first use: exceljs takes 0.2–0.3 s to load, and a server start reads no workbook.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types want a Node Buffer; an ArrayBuffer slice of the bytes is what it reads.
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch (error) {
    throw importFailure({ file, line: 1 }, 'an .xlsx workbook', String(error));
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw importFailure({ file, line: 1 }, 'a worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i += 1) cells[i] ??= '';
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText(value.result);
  return '';
}
