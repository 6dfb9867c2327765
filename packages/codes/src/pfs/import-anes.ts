import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { isBlankRecord, parseCsv } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { parseDecimal, ZERO_DECIMAL, type ExactDecimal } from './exact-decimal.ts';
import { localityId, type AnesthesiaCf, type LocalityId } from './pfs-types.ts';

/**
 * Imports the anesthesia conversion factors by locality in their CSV form (`ANES2025.csv`):
 * a heading `Contractor,Locality,Locality Name,National Anes CF of 20.3178`, then one row per
 * locality with its conversion factor in dollars.
 *
 * @throws MedbillError (`invalid`) with every bad cell located by line and field.
 */
export function importAnesthesia(file: SourceFile): {
  anesthesia: Map<LocalityId, AnesthesiaCf>;
  nationalCf?: ExactDecimal;
} {
  const records = parseCsv(decodeText(file.bytes), file.name);
  const heading = records[0];
  if (heading === undefined || !/^Contractor$/i.test(heading.fields[0]?.trim() ?? '')) {
    throw importFailure(
      { file: file.name, line: 1 },
      'a heading row Contractor,Locality,Locality Name,…',
    );
  }
  const national = /National Anes CF of\s*([\d.]+)/i.exec(heading.fields[3] ?? '');
  const nationalCf = national?.[1] === undefined ? undefined : parseDecimal(national[1]);
  const problems = new ImportProblems(file.name);
  const anesthesia = new Map<LocalityId, AnesthesiaCf>();
  for (const record of records.slice(1)) {
    if (isBlankRecord(record)) continue;
    const [mac = '', number = '', name = '', cf = ''] = record.fields.map((f) => f.trim());
    if (!/^\d{5}$/.test(mac)) problems.add(record.line, 'Contractor', 'a 5-digit MAC number', mac);
    if (!/^\d{1,2}$/.test(number))
      problems.add(record.line, 'Locality', 'a locality number', number);
    const value = parseDecimal(cf);
    if (value === undefined)
      problems.add(record.line, 'Anes CF', 'a conversion factor like 19.31', cf);
    const row: AnesthesiaCf = {
      locality: localityId(mac, number),
      name,
      conversionFactor: value ?? ZERO_DECIMAL,
    };
    if (anesthesia.has(row.locality))
      problems.add(record.line, 'Locality', `one row for ${row.locality}`, 'a second');
    anesthesia.set(row.locality, row);
  }
  problems.throwIfAny();
  return nationalCf === undefined ? { anesthesia } : { anesthesia, nationalCf };
}
