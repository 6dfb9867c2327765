import type { ImportProblems } from '../common/import-problems.ts';
import type { SheetRow } from '../common/xlsx-rows.ts';
import type { AnwebRecord } from './anweb-record.ts';

/**
 * Column headings of the Excel version of the HCPCS file (`HCPC2025_OCT_ANWEB.xlsx`, 48
 * columns), the same fields as the text record layout. The Excel file has one row per code:
 * the long description is whole, with no continuation rows.
 */
const HEADINGS = {
  code: 'HCPC',
  sequence: 'SEQNUM',
  ric: 'RECID',
  longDescription: 'LONG DESCRIPTION',
  shortDescription: 'SHORT DESCRIPTION',
  coverage: 'COV',
  betos: 'BETOS',
  anesthesiaBaseUnits: 'ANEST_BU',
  addDate: 'ADD DT',
  actionEffectiveDate: 'ACT EFF DT',
  terminationDate: 'TERM DT',
  actionCode: 'ACTION CD',
} as const;

const PRICING = ['PRICE1', 'PRICE2', 'PRICE3', 'PRICE4'] as const;
const TYPES_OF_SERVICE = ['TOS1', 'TOS2', 'TOS3', 'TOS4', 'TOS5'] as const;

/**
 * Reads the rows of the HCPCS Excel file into raw records, finding each column by its heading
 * in the first row, so a reordered or widened sheet still reads.
 */
export function readAnwebSheet(rows: readonly SheetRow[], problems: ImportProblems): AnwebRecord[] {
  const [heading, ...data] = rows;
  if (heading === undefined) {
    problems.add(1, undefined, 'a heading row starting HCPC, SEQNUM, RECID');
    return [];
  }
  const columns = new Map(heading.cells.map((name, index) => [name.trim().toUpperCase(), index]));
  const missing = [...Object.values(HEADINGS), ...PRICING, ...TYPES_OF_SERVICE].filter(
    (name) => !columns.has(name),
  );
  if (missing.length > 0) {
    problems.add(heading.row, undefined, `columns ${missing.join(', ')} in the heading row`);
    return [];
  }
  const cell = (row: SheetRow, name: string): string => {
    const index = columns.get(name);
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const list = (row: SheetRow, names: readonly string[]): string[] =>
    names.map((name) => cell(row, name).trim()).filter((value) => value !== '');
  return data
    .filter((row) => row.cells.some((value) => value.trim() !== ''))
    .map((row) => ({
      line: row.row,
      code: cell(row, HEADINGS.code).padEnd(5, ' '),
      sequence: cell(row, HEADINGS.sequence).trim(),
      ric: cell(row, HEADINGS.ric).trim(),
      longDescription: cell(row, HEADINGS.longDescription),
      shortDescription: cell(row, HEADINGS.shortDescription).trim(),
      pricingIndicators: list(row, PRICING),
      coverage: cell(row, HEADINGS.coverage).trim(),
      betos: cell(row, HEADINGS.betos).trim(),
      typesOfService: list(row, TYPES_OF_SERVICE),
      anesthesiaBaseUnits: cell(row, HEADINGS.anesthesiaBaseUnits).trim(),
      addDate: cell(row, HEADINGS.addDate).trim(),
      actionEffectiveDate: cell(row, HEADINGS.actionEffectiveDate).trim(),
      terminationDate: cell(row, HEADINGS.terminationDate).trim(),
      actionCode: cell(row, HEADINGS.actionCode).trim(),
    }));
}
