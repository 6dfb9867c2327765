import type { IsoDate } from '@medbill/core';
import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { isBlankRecord, parseCsv, type CsvRecord } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { parseDecimal, ZERO_DECIMAL, type ExactDecimal } from './exact-decimal.ts';
import { pfsReleaseFromName } from './pfs-release-name.ts';
import { rvuKey, type PfsRvu, type PfsRvuRelease } from './pfs-types.ts';
import { findRvuLayout, RVU_COLUMNS, type RvuColumn, type RvuLayout } from './rvu-columns.ts';
import { readRvuText, RVU_TEXT_COLUMNS } from './rvu-text-layout.ts';

const CODE = /^[A-Z0-9]{5}$/;
const MODIFIER = /^([A-Z0-9]{2})?$/;
const GLOBAL_DAYS = /^(\d{3}|MMM|XXX|YYY|ZZZ)$/;

/** Overrides for a file whose name does not say its release. */
export interface PprrvuImportOptions {
  readonly version?: string;
  readonly year?: number;
  readonly effectiveFrom?: IsoDate;
}

/**
 * Imports the national physician fee schedule relative value file (`RVU25D.pdf` layout) in
 * its CSV form (`PPRRVU2025_Oct.csv`, `PPRRVU2026_Jul_nonQPP.csv`: heading rows, then one row
 * per code and modifier, columns found by heading) or its fixed-width text form
 * (`PPRRVU2025_Oct.txt`: `HDR` lines, then 171-character records). All or nothing, with every
 * problem located by line and column heading.
 *
 * @throws MedbillError (`invalid`) for a file without the PPRRVU headings or with bad rows.
 * @example
 * ```ts
 * const rvu = importPprrvu(file); // file = one SourceFile from readSourceFiles(…/PPRRVU2025_Oct.csv.gz)
 * rvu.rvus.get('71046-26')?.workRvu; // 0.22
 * ```
 */
export function importPprrvu(file: SourceFile, options: PprrvuImportOptions = {}): PfsRvuRelease {
  const named = pfsReleaseFromName(file.name);
  const version = options.version ?? named?.version;
  const year = options.year ?? named?.year;
  const effectiveFrom = options.effectiveFrom ?? named?.effectiveFrom;
  if (version === undefined || year === undefined || effectiveFrom === undefined) {
    throw importFailure({ file: file.name, line: 1 }, 'a file name like PPRRVU2025_Oct.csv');
  }
  const text = decodeText(file.bytes);
  const problems = new ImportProblems(file.name);
  let records: CsvRecord[];
  let layout: RvuLayout;
  if (file.name.toLowerCase().endsWith('.txt')) {
    records = readRvuText(text);
    layout = RVU_TEXT_COLUMNS;
  } else {
    records = parseCsv(text, file.name);
    const found = findRvuLayout(records);
    if (found === undefined) {
      throw importFailure(
        { file: file.name, line: 1 },
        'a heading row starting HCPCS,MOD,DESCRIPTION',
      );
    }
    if (found.missing.length > 0) {
      problems.add(
        records[found.headingIndex]?.line ?? 1,
        undefined,
        `columns ${found.missing.join(', ')}`,
      );
      problems.throwIfAny();
    }
    layout = found;
  }
  const rvus = new Map<string, PfsRvu>();
  for (const record of records.slice(layout.headingIndex + 1)) {
    if (isBlankRecord(record)) continue;
    const row = readRow(record, layout, problems);
    const key = rvuKey(row.code, row.modifier);
    if (rvus.has(key))
      problems.add(record.line, RVU_COLUMNS.code, `one row for ${key}`, 'a second');
    rvus.set(key, row);
  }
  if (rvus.size === 0) problems.add(records.length, undefined, 'at least one code row');
  problems.throwIfAny();
  return {
    release: {
      system: 'pfs',
      version,
      effectiveFrom,
      sources: [{ name: file.name, sha256: file.sha256 }],
    },
    year,
    rvus,
  };
}

function readRow(record: CsvRecord, layout: RvuLayout, problems: ImportProblems): PfsRvu {
  const text = (column: RvuColumn): string => (record.fields[layout.columns[column]] ?? '').trim();
  const checked = (column: RvuColumn, pattern: RegExp, expected: string): string => {
    const value = text(column);
    if (!pattern.test(value)) problems.add(record.line, RVU_COLUMNS[column], expected, value);
    return value;
  };
  const decimal = (column: RvuColumn): ExactDecimal => {
    const value = text(column);
    const parsed = parseDecimal(value);
    if (parsed === undefined)
      problems.add(record.line, RVU_COLUMNS[column], 'a decimal like 1.30', value);
    return parsed ?? ZERO_DECIMAL;
  };
  const indicator = (column: RvuColumn): string =>
    checked(column, /^[0-9]?$/, 'one digit or blank');
  return {
    code: checked('code', CODE, 'a 5-character HCPCS/CPT code'),
    modifier: checked('modifier', MODIFIER, 'a blank or 2-character modifier'),
    status: checked('status', /^[A-Z]$/, 'a one-letter status code'),
    workRvu: decimal('workRvu'),
    nonFacilityPeRvu: decimal('nonFacilityPeRvu'),
    facilityPeRvu: decimal('facilityPeRvu'),
    mpRvu: decimal('mpRvu'),
    nonFacilityNa: checked('nonFacilityNa', /^(NA)?$/, 'NA or blank') === 'NA',
    facilityNa: checked('facilityNa', /^(NA)?$/, 'NA or blank') === 'NA',
    pctc: checked('pctc', /^\d$/, 'a PC/TC indicator 0-9'),
    globalDays: checked(
      'globalDays',
      GLOBAL_DAYS,
      'global days 000, 010, 090, MMM, XXX, YYY or ZZZ',
    ),
    preOp: decimal('preOp'),
    intraOp: decimal('intraOp'),
    postOp: decimal('postOp'),
    multipleProcedure: indicator('multipleProcedure'),
    bilateralSurgery: indicator('bilateralSurgery'),
    assistantAtSurgery: indicator('assistantAtSurgery'),
    coSurgeons: indicator('coSurgeons'),
    teamSurgery: indicator('teamSurgery'),
    endoscopicBase: checked('endoscopicBase', /^[A-Z0-9]{0,5}$/, 'a blank or a 5-character code'),
    conversionFactor: decimal('conversionFactor'),
    physicianSupervision: checked('physicianSupervision', /^[0-9A-Z]{0,2}$/, 'a supervision code'),
    imagingFamily: checked('imagingFamily', /^\d{0,2}$/, 'an imaging family indicator'),
    oppsNonFacilityPeRvu: decimal('oppsNonFacilityPeRvu'),
    oppsFacilityPeRvu: decimal('oppsFacilityPeRvu'),
    oppsMpRvu: decimal('oppsMpRvu'),
    notUsedForMedicarePayment: checked('notUsedForMedicarePayment', /^\+?$/, '+ or blank') === '+',
  };
}
