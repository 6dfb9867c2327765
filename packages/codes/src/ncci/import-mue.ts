import type { IsoDate } from '@medbill/core';
import type { SourceFile } from '../source-files.ts';
import { isBlankRecord } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { readTableRows } from '../common/table-rows.ts';
import type { Mue, MueAdjudicationIndicator, MueRelease } from './mue-types.ts';
import { ncciReleaseFromName } from './ncci-release-name.ts';

const FIELD = {
  code: 'HCPCS/CPT Code',
  value: 'MUE Values',
  indicator: 'MUE Adjudication Indicator',
  rationale: 'MUE Rationale',
} as const;

const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Imports a CMS NCCI MUE table (`MCR_MUE_PractitionerServices_Eff_04-01-2026.csv` or `.xlsx`):
 * an AMA notice (one quoted cell spanning several lines), a heading row `HCPCS/CPT Code,
 * Practitioner Services MUE Values, MUE Adjudication Indicator, MUE Rationale`, then one row
 * per code. The CSV is Latin-1 (the ® of the notice). All or nothing, every problem located.
 *
 * @throws MedbillError (`invalid`) for a missing heading or bad rows.
 */
export async function importMue(
  file: SourceFile,
  options: { readonly version?: string; readonly effectiveFrom?: IsoDate } = {},
): Promise<MueRelease> {
  const named = ncciReleaseFromName(file.name);
  const version = options.version ?? named?.version;
  const effectiveFrom = options.effectiveFrom ?? named?.effectiveFrom;
  if (version === undefined || effectiveFrom === undefined) {
    throw importFailure(
      { file: file.name, line: 1 },
      'a file name like MCR_MUE_PractitionerServices_Eff_04-01-2026.csv',
    );
  }
  const rows = await readTableRows(file);
  const headingIndex = rows.findIndex((row) =>
    /^HCPCS\/ ?CPT Code$/i.test(squeeze(row.fields[0] ?? '')),
  );
  const heading = rows[headingIndex];
  if (heading === undefined) {
    throw importFailure({ file: file.name, line: 1 }, 'a heading row starting "HCPCS/CPT Code"');
  }
  const setting = /^(.*) Services MUE Values$/i.exec(squeeze(heading.fields[1] ?? ''))?.[1] ?? '';
  const problems = new ImportProblems(file.name);
  if (setting === '')
    problems.add(
      heading.line,
      FIELD.value,
      'a heading like "Practitioner Services MUE Values"',
      heading.fields[1],
    );
  const edits = new Map<string, Mue>();
  for (const row of rows.slice(headingIndex + 1)) {
    if (isBlankRecord(row)) continue;
    const [code = '', value = '', indicatorText = '', rationale = ''] = row.fields.map((field) =>
      field.trim(),
    );
    if (!/^[A-Z0-9]{5}$/.test(code))
      problems.add(row.line, FIELD.code, 'a 5-character HCPCS/CPT code', code);
    if (!/^\d{1,6}$/.test(value))
      problems.add(row.line, FIELD.value, 'a whole number of units', value);
    const digit = /^([123]) /.exec(indicatorText)?.[1];
    if (digit === undefined)
      problems.add(
        row.line,
        FIELD.indicator,
        'an indicator like "2 Date of Service Edit: Policy"',
        indicatorText,
      );
    if (edits.has(code)) problems.add(row.line, FIELD.code, `one row for ${code}`, 'a second');
    edits.set(code, {
      code,
      value: Number(value),
      indicator: Number(digit ?? 1) as MueAdjudicationIndicator,
      indicatorText,
      rationale,
    });
  }
  if (edits.size === 0) problems.add(rows.length, undefined, 'at least one MUE row');
  problems.throwIfAny();
  return {
    release: {
      system: 'mue',
      version,
      effectiveFrom,
      sources: [{ name: file.name, sha256: file.sha256 }],
    },
    setting,
    edits,
  };
}
