import { MedbillError, type IsoDate } from '@medbill/core';
import type { SourceFile } from '../source-files.ts';
import { parseYyyymmdd } from '../common/cms-dates.ts';
import { isBlankRecord, type CsvRecord } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { readTableRows } from '../common/table-rows.ts';
import { ncciReleaseFromName } from './ncci-release-name.ts';
import { ptpKey, type PtpEdit, type PtpModifierIndicator, type PtpRelease } from './ptp-types.ts';

const FIELDS = [
  'Column 1',
  'Column 2',
  '*=in existence prior to 1996',
  'Effective Date',
  'Deletion Date',
  'Modifier',
  'PTP Edit Rationale',
] as const;

const PART = /cci[a-z]{3}-v\d{3}r\d+-f\d+\.(txt|xlsx)$/i;

/**
 * Imports the NCCI procedure-to-procedure edits of one quarterly release as CMS publishes them
 * (the practitioner zip `ccipra-v321r0.zip` holds parts `ccipra-v321r0-f1.txt` … `-f4.txt`,
 * each also as `.xlsx`; the text copy is read when both are there). Each part: notice lines, a
 * heading row `Column 1 | Column 2 | *=in existence prior to 1996 | Effective Date | Deletion
 * Date | Modifier | PTP Edit Rationale`, legend rows (`0=not allowed`, `*=no data`…), then one
 * tab-separated edit a line: dates `YYYYMMDD`, a deletion date of `*` while in force, modifier
 * indicator 0, 1 or 9. All parts import together or not at all.
 *
 * @throws MedbillError (`invalid`) for missing parts or bad rows, every problem located.
 */
export async function importPtp(
  files: readonly SourceFile[],
  options: { readonly version?: string; readonly effectiveFrom?: IsoDate } = {},
): Promise<PtpRelease> {
  const parts = new Map<string, SourceFile>();
  for (const file of files.filter((f) => PART.test(f.name))) {
    const part = file.name.replace(/\.(txt|xlsx)$/i, '').toLowerCase();
    if (!parts.has(part) || file.name.toLowerCase().endsWith('.txt')) parts.set(part, file);
  }
  const first = [...parts.values()][0];
  if (first === undefined) {
    throw importFailure(
      { file: files[0]?.name ?? '(no files)', line: 1 },
      'NCCI PTP files named like ccipra-v321r0-f1.txt',
    );
  }
  const named = ncciReleaseFromName(first.name);
  const version = options.version ?? named?.version;
  const effectiveFrom = options.effectiveFrom ?? named?.effectiveFrom;
  if (version === undefined || effectiveFrom === undefined) {
    throw importFailure({ file: first.name, line: 1 }, 'a file name like ccipra-v321r0-f1.txt');
  }
  const edits = new Map<string, PtpEdit[]>();
  let rowCount = 0;
  const errors: MedbillError[] = [];
  for (const file of [...parts.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const problems = new ImportProblems(file.name);
    for (const edit of readPart(await readTableRows(file), file.name, problems)) {
      const key = ptpKey(edit.column1, edit.column2);
      edits.set(key, [...(edits.get(key) ?? []), edit]);
      rowCount += 1;
    }
    const error = problems.toError();
    if (error !== undefined) errors.push(error);
  }
  if (errors.length > 0) {
    const message = errors.map((error) => error.message).join('; ');
    throw new MedbillError(
      'invalid',
      message,
      errors.flatMap((error) => error.problems),
    );
  }
  return {
    release: {
      system: 'ncci-ptp',
      version,
      effectiveFrom,
      sources: [...parts.values()].map((file) => ({ name: file.name, sha256: file.sha256 })),
    },
    edits,
    rowCount,
  };
}

function readPart(rows: readonly CsvRecord[], file: string, problems: ImportProblems): PtpEdit[] {
  const headingIndex = rows.findIndex(
    (row) => row.fields[0]?.trim() === 'Column 1' && row.fields[1]?.trim() === 'Column 2',
  );
  if (headingIndex < 0) {
    problems.add(1, undefined, `a heading row starting "Column 1", "Column 2" in ${file}`);
    return [];
  }
  const edits: PtpEdit[] = [];
  for (const row of rows.slice(headingIndex + 1)) {
    if (isBlankRecord(row)) continue;
    const [
      column1 = '',
      column2 = '',
      prior = '',
      effective = '',
      deletion = '',
      modifier = '',
      rationale = '',
    ] = row.fields.map((field) => field.trim());
    if (column1 === '' && column2 === '') continue; // legend rows under the heading
    for (const [value, field] of [
      [column1, FIELDS[0]],
      [column2, FIELDS[1]],
    ] as const) {
      if (!/^[A-Z0-9]{5}$/.test(value))
        problems.add(row.line, field, 'a 5-character HCPCS/CPT code', value);
    }
    if (prior !== '' && prior !== '*') problems.add(row.line, FIELDS[2], '* or blank', prior);
    const effectiveFrom = parseYyyymmdd(effective);
    if (effectiveFrom === undefined)
      problems.add(row.line, FIELDS[3], 'a date as YYYYMMDD', effective);
    const deletedOn = deletion === '*' ? undefined : parseYyyymmdd(deletion);
    if (deletion !== '*' && deletedOn === undefined)
      problems.add(row.line, FIELDS[4], 'a date as YYYYMMDD or *', deletion);
    if (!/^[019]$/.test(modifier))
      problems.add(row.line, FIELDS[5], 'modifier indicator 0, 1 or 9', modifier);
    if (effectiveFrom === undefined) continue;
    edits.push({
      column1,
      column2,
      existedBefore1996: prior === '*',
      effectiveFrom,
      modifierIndicator: Number(modifier) as PtpModifierIndicator,
      rationale,
      ...(deletedOn === undefined ? {} : { deletedOn }),
    });
  }
  return edits;
}
