import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { isBlankRecord, parseCsv } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { parseDecimal, ZERO_DECIMAL, type ExactDecimal } from './exact-decimal.ts';
import { localityId, type Gpci, type LocalityId } from './pfs-types.ts';

const FIELDS = [
  'MAC',
  'State',
  'Locality Number',
  'Locality Name',
  'PW GPCI',
  'PE GPCI',
  'MP GPCI',
];

/**
 * Imports the GPCI file in its CSV form (`GPCI2025.csv`, "ADDENDUM E. FINAL CY 2025
 * GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY"): a title, a heading
 * row starting "Medicare Administrative Contractor", one row per locality (MAC, state,
 * locality number, name, work, PE and MP GPCI), then footnotes. Rows are keyed by MAC and
 * locality number; the work GPCI includes the 1.0 floor and Alaska's 1.5 (the file's notes).
 *
 * @throws MedbillError (`invalid`) with every bad cell located by line and field.
 */
export function importGpci(file: SourceFile): Map<LocalityId, Gpci> {
  const records = parseCsv(decodeText(file.bytes), file.name);
  const headingIndex = records.findIndex((record) =>
    /^Medicare Administrative Contractor/i.test(record.fields[0] ?? ''),
  );
  if (headingIndex < 0) {
    throw importFailure(
      { file: file.name, line: 1 },
      'a heading row starting "Medicare Administrative Contractor"',
    );
  }
  const problems = new ImportProblems(file.name);
  const gpci = new Map<LocalityId, Gpci>();
  for (const record of records.slice(headingIndex + 1)) {
    if (isBlankRecord(record)) continue;
    const [mac = '', state = '', number = '', name = '', work = '', pe = '', mp = ''] =
      record.fields.map((f) => f.trim());
    // Footnotes ("*Work GPCI reflects a 1.5 floor…", "MAC Assignments as of…") fill only the first cell.
    if (!/^\d/.test(mac) && record.fields.slice(1).every((f) => f.trim() === '')) continue;
    const decimal = (text: string, field: string): ExactDecimal => {
      const value = parseDecimal(text);
      if (value === undefined) problems.add(record.line, field, 'a GPCI like 1.093', text);
      return value ?? ZERO_DECIMAL;
    };
    if (!/^\d{5}$/.test(mac)) problems.add(record.line, FIELDS[0], 'a 5-digit MAC number', mac);
    if (!/^\d{1,2}$/.test(number))
      problems.add(record.line, FIELDS[2], 'a locality number', number);
    if (!/^[A-Z]{2}$/.test(state)) problems.add(record.line, FIELDS[1], 'a 2-letter state', state);
    const row: Gpci = {
      locality: localityId(mac, number),
      mac,
      localityNumber: number.padStart(2, '0'),
      state,
      name,
      work: decimal(work, FIELDS[4] ?? ''),
      pe: decimal(pe, FIELDS[5] ?? ''),
      mp: decimal(mp, FIELDS[6] ?? ''),
    };
    if (gpci.has(row.locality))
      problems.add(record.line, FIELDS[2], `one row for locality ${row.locality}`, 'a second');
    gpci.set(row.locality, row);
  }
  if (gpci.size === 0) problems.add(records.length, undefined, 'at least one locality row');
  problems.throwIfAny();
  return gpci;
}
