import type { IsoDate } from '@medbill/core';
import type { SourceFile } from '../source-files.ts';
import { parseJulianYyyyddd } from '../common/cms-dates.ts';
import { isBlankRecord } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { readTableRows } from '../common/table-rows.ts';
import type { AocEdit, AocEditType, AocRelease } from './aoc-types.ts';
import { ncciReleaseFromName } from './ncci-release-name.ts';

const HEADINGS = [
  'AOC_Edit_Type',
  'Add-On_Code',
  'AOC_DelDT',
  'Primary_Code',
  'Primary_Code_DelDT',
  'AOC_Edit_EffDT',
  'AOC_Edit_DelDT',
] as const;

/**
 * Imports the CMS NCCI add-on code edit table (`AOC_V2026Q2-MCR.xlsx`): an AMA notice row, a
 * heading row (`AOC_Edit_Type, Add-On_Code, AOC_DelDT, Primary_Code, Primary_Code_DelDT,
 * AOC_Edit_EffDT, AOC_Edit_DelDT, Special_Instruction_Notes`), then one row per add-on and
 * primary code pair. Dates are Julian `YYYYDDD`. Columns are found by heading.
 *
 * @throws MedbillError (`invalid`) for a missing heading or bad rows, every problem located.
 */
export async function importAoc(
  file: SourceFile,
  options: { readonly version?: string; readonly effectiveFrom?: IsoDate } = {},
): Promise<AocRelease> {
  const named = ncciReleaseFromName(file.name);
  const version = options.version ?? named?.version;
  const effectiveFrom = options.effectiveFrom ?? named?.effectiveFrom;
  if (version === undefined || effectiveFrom === undefined) {
    throw importFailure({ file: file.name, line: 1 }, 'a file name like AOC_V2026Q2-MCR.xlsx');
  }
  const rows = await readTableRows(file);
  const headingIndex = rows.findIndex((row) =>
    row.fields.some((cell) => cell.trim() === 'Add-On_Code'),
  );
  const heading = rows[headingIndex];
  if (heading === undefined)
    throw importFailure({ file: file.name, line: 1 }, 'a heading row with Add-On_Code');
  const problems = new ImportProblems(file.name);
  const index = new Map(heading.fields.map((cell, column) => [cell.trim(), column]));
  const missing = HEADINGS.filter((name) => !index.has(name));
  if (missing.length > 0) {
    problems.add(heading.line, undefined, `columns ${missing.join(', ')}`);
    problems.throwIfAny();
  }
  const notesColumn = index.get('Special_Instruction_Notes');
  const byAddOn = new Map<string, AocEdit[]>();
  let rowCount = 0;
  for (const row of rows.slice(headingIndex + 1)) {
    if (isBlankRecord(row)) continue;
    const cell = (name: (typeof HEADINGS)[number]): string =>
      (row.fields[index.get(name) ?? -1] ?? '').trim();
    const code = (name: (typeof HEADINGS)[number]): string => {
      const value = cell(name);
      if (!/^[A-Z0-9]{5}$/.test(value)) problems.add(row.line, name, 'a 5-character code', value);
      return value;
    };
    const date = (name: (typeof HEADINGS)[number], required: boolean): IsoDate | undefined => {
      const value = cell(name);
      if (value === '' && !required) return undefined;
      const parsed = parseJulianYyyyddd(value);
      if (parsed === undefined) problems.add(row.line, name, 'a Julian date YYYYDDD', value);
      return parsed;
    };
    const typeText = cell('AOC_Edit_Type');
    if (!/^[123]$/.test(typeText))
      problems.add(row.line, 'AOC_Edit_Type', 'edit type 1, 2 or 3', typeText);
    const addOnDeletedOn = date('AOC_DelDT', false);
    const primaryDeletedOn = date('Primary_Code_DelDT', false);
    const deletedOn = date('AOC_Edit_DelDT', false);
    const edit: AocEdit = {
      type: Number(typeText) as AocEditType,
      addOnCode: code('Add-On_Code'),
      primaryCode: code('Primary_Code'),
      effectiveFrom: date('AOC_Edit_EffDT', true) ?? effectiveFrom,
      notes: notesColumn === undefined ? '' : (row.fields[notesColumn] ?? '').trim(),
      ...(addOnDeletedOn === undefined ? {} : { addOnDeletedOn }),
      ...(primaryDeletedOn === undefined ? {} : { primaryDeletedOn }),
      ...(deletedOn === undefined ? {} : { deletedOn }),
    };
    const list = byAddOn.get(edit.addOnCode) ?? [];
    list.push(edit);
    byAddOn.set(edit.addOnCode, list);
    rowCount += 1;
  }
  if (rowCount === 0) problems.add(rows.length, undefined, 'at least one edit row');
  problems.throwIfAny();
  return {
    release: {
      system: 'aoc',
      version,
      effectiveFrom,
      sources: [{ name: file.name, sha256: file.sha256 }],
    },
    byAddOn,
    rowCount,
  };
}
