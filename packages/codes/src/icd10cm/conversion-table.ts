import { addDays, invalid, isoDate, type IsoDate } from '@medbill/core';
import { unzipSync } from 'fflate';
import type { SourceFile } from '../source-files.ts';
import { normalizeIcd10cmCode } from './code-format.ts';
import { codeRangesInNote, rangeCovers, type CodeRange } from './note-references.ts';
import { walkXml } from './xml-walk.ts';

/** One row of the CDC conversion table: a new code and the code(s) it came from. */
export interface Conversion {
  /** The current code, dotless. */
  readonly current: string;
  /** When the current code took effect: October 1 of the year listed, or the date given. */
  readonly effectiveFrom: IsoDate;
  /** The previous assignment as printed (`T40.7X1A`, `Codes in categories C81-C96`, `None`). */
  readonly previousText: string;
  readonly previous: readonly CodeRange[];
}

/** A parsed `ICD-10-CM-CONVERSION-TABLE-FYYYYY.xlsx`. */
export interface ConversionTable {
  readonly source: { readonly name: string; readonly sha256: string };
  readonly conversions: readonly Conversion[];
}

/** Whether a file is the CDC conversion table workbook. */
export function isConversionTableName(name: string): boolean {
  return /conversion[-_ ]table.*\.xlsx$/i.test(name);
}

/**
 * Parses the CDC ICD-10-CM conversion table workbook (one sheet: current code, effective year,
 * previous code(s) assignment; two title rows). Per the table's own header, the effective date is
 * October 1 of the year listed (2025 → FY2026) unless a date is given (Excel serial dates such as
 * 45017 = 2023-04-01). Previous assignments are parsed like tabular note references.
 *
 * @example
 * ```ts
 * successorsOf(parseConversionTable(file), 'S301XXA').map((c) => c.current); // ['S3011XA', 'S3012XA', 'S3013XA']
 * ```
 */
export function parseConversionTable(file: SourceFile): ConversionTable {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(file.bytes);
  } catch {
    throw invalid(`${file.name} is not an xlsx workbook`, [
      { path: file.name, message: 'expected a zip (xlsx) container' },
    ]);
  }
  const strings = readSharedStrings(entries['xl/sharedStrings.xml'], file.name);
  const sheet = entries['xl/worksheets/sheet1.xml'];
  if (!sheet)
    throw invalid(`${file.name} has no first sheet`, [
      { path: `${file.name}/xl/worksheets/sheet1.xml`, message: 'expected the sheet' },
    ]);
  const conversions: Conversion[] = [];
  for (const [row, cells] of readRows(sheet, strings, `${file.name}/xl/worksheets/sheet1.xml`)) {
    const current = normalizeIcd10cmCode(cells['A'] ?? '');
    const effective = (cells['B'] ?? '').trim();
    if (current === undefined) continue; // title, header and empty rows
    const effectiveFrom = /^\d{4}$/.test(effective)
      ? isoDate(`${effective}-10-01`)
      : /^\d{5}$/.test(effective)
        ? excelSerialDate(Number(effective))
        : undefined;
    if (effectiveFrom === undefined) {
      throw invalid(`${file.name}: unreadable effective date`, [
        {
          path: `${file.name}:B${row}`,
          message: `expected a year or a date, found "${effective}"`,
        },
      ]);
    }
    const previousText = (cells['C'] ?? '').trim();
    conversions.push({
      current,
      effectiveFrom,
      previousText,
      previous: codeRangesInNote(previousText),
    });
  }
  return { source: { name: file.name, sha256: file.sha256 }, conversions };
}

/**
 * The conversions whose previous assignment is a (deleted) code, one of its ancestors or one of
 * its descendants (a header such as `T40.7X1` whose 7-character codes moved): its successors. Broad category ranges (`Codes in categories C81-C96`) are left out; they name a
 * whole chapter block, not a successor.
 */
export function successorsOf(table: ConversionTable, code: string): Conversion[] {
  return table.conversions.filter((c) =>
    c.previous.some(
      (range) =>
        (range.from === range.to || range.from.length > 3) &&
        (rangeCovers(range, code) || range.from.startsWith(code)),
    ),
  );
}

function readSharedStrings(bytes: Uint8Array | undefined, name: string): string[] {
  const strings: string[] = [];
  if (!bytes) return strings;
  walkXml(new TextDecoder().decode(bytes), `${name}/xl/sharedStrings.xml`, () => {
    let parts: string[] | undefined;
    let inText = false;
    return {
      open(tag) {
        if (tag === 'si') parts = [];
        if (tag === 't') inText = true;
      },
      text(text) {
        if (inText) parts?.push(text);
      },
      close(tag) {
        if (tag === 't') inText = false;
        if (tag === 'si') strings.push((parts ?? []).join(''));
      },
    };
  });
  return strings;
}

function readRows(
  bytes: Uint8Array,
  strings: readonly string[],
  name: string,
): Map<number, Record<string, string>> {
  const rows = new Map<number, Record<string, string>>();
  walkXml(new TextDecoder().decode(bytes), name, () => {
    let column = '';
    let row = 0;
    let type = '';
    let value: string[] | undefined;
    return {
      open(tag, attributes) {
        if (tag === 'c') {
          const ref = /^([A-Z]+)(\d+)$/.exec(attributes['r'] ?? '');
          column = ref?.[1] ?? '';
          row = Number(ref?.[2] ?? 0);
          type = attributes['t'] ?? '';
        } else if (tag === 'v' || (tag === 't' && type === 'inlineStr')) value = [];
      },
      text(text) {
        value?.push(text);
      },
      close(tag) {
        if ((tag === 'v' || tag === 't') && value) {
          const raw = value.join('');
          const cells = rows.get(row) ?? {};
          cells[column] = type === 's' ? (strings[Number(raw)] ?? '') : raw;
          rows.set(row, cells);
          value = undefined;
        }
      },
    };
  });
  return rows;
}

/** An Excel serial day number (after 1900-02-28, where Excel counts a 1900-02-29 that never was). */
function excelSerialDate(serial: number): IsoDate {
  return addDays(isoDate('1900-01-01'), serial - 2);
}
