import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { isBlankRecord, parseCsv } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { localityId, type LocalityCounties } from './pfs-types.ts';

/**
 * Imports the locality-to-county crosswalk in its CSV form (`25LOCCO.csv`, "COUNTIES INCLUDED
 * IN 2025 LOCALITIES"): MAC, locality number, state, fee schedule area, counties. The CSV drops
 * leading zeros of MAC and locality numbers (restored here) and leaves the state blank on the
 * second and later localities of a state (carried down here). Footnotes start with `*`.
 *
 * @throws MedbillError (`invalid`) with every bad cell located by line and field.
 */
export function importLocco(file: SourceFile): LocalityCounties[] {
  const records = parseCsv(decodeText(file.bytes), file.name);
  const headingIndex = records.findIndex((record) =>
    /^Medicare Adm/i.test(record.fields[0]?.trim() ?? ''),
  );
  if (headingIndex < 0) {
    throw importFailure(
      { file: file.name, line: 1 },
      'a heading row starting "Medicare Adminstrative Contractor"',
    );
  }
  const problems = new ImportProblems(file.name);
  const rows: LocalityCounties[] = [];
  let state = '';
  for (const record of records.slice(headingIndex + 1)) {
    if (isBlankRecord(record)) continue;
    const [mac = '', number = '', stateCell = '', area = '', counties = ''] = record.fields.map(
      (f) => f.trim(),
    );
    if (mac.startsWith('*')) continue;
    if (!/^\d{4,5}$/.test(mac))
      problems.add(record.line, 'Medicare Administrative Contractor', 'a MAC number', mac);
    if (!/^\d{1,2}$/.test(number))
      problems.add(record.line, 'Locality Number', 'a locality number', number);
    if (stateCell !== '') state = stateCell;
    if (state === '') problems.add(record.line, 'State', 'a state name (or one above)', stateCell);
    rows.push({ locality: localityId(mac, number), state, feeScheduleArea: area, counties });
  }
  if (rows.length === 0) problems.add(records.length, undefined, 'at least one locality row');
  problems.throwIfAny();
  return rows;
}
