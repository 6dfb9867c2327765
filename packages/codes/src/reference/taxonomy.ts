import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { firstOfMonth } from '../common/cms-dates.ts';
import { isBlankRecord, parseCsv } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';

/** One NUCC Health Care Provider Taxonomy code (the NUCC CSV, one row per code). */
export interface TaxonomyCode {
  /** Ten characters ending in X: `207Q00000X` Family Medicine. */
  readonly code: string;
  readonly grouping: string;
  readonly classification: string;
  /** Blank for a classification-level code. */
  readonly specialization: string;
  readonly definition: string;
  /** Sources and change history: `[7/1/2003: new]`. */
  readonly notes: string;
  readonly displayName: string;
  /** `Individual` or `Non-Individual`. */
  readonly section: string;
}

/** One NUCC taxonomy version: a release of the `taxonomy` system. */
export interface TaxonomyRelease {
  readonly release: Release;
  readonly codes: ReadonlyMap<string, TaxonomyCode>;
}

const HEADINGS = [
  'Code',
  'Grouping',
  'Classification',
  'Specialization',
  'Definition',
  'Notes',
  'Display Name',
  'Section',
];
const TAXONOMY_CODE = /^[0-9]{3}[0-9A-Z]{6}X$/;

/**
 * The release of a NUCC file from its name: `nucc_taxonomy_251.csv` is version 25.1. NUCC
 * publishes `.0` versions effective January 1 and `.1` versions effective July 1.
 */
export function taxonomyReleaseFromName(
  name: string,
): { version: string; effectiveFrom: IsoDate } | undefined {
  const match = /nucc_taxonomy_(\d{2})([01])\.csv$/i.exec(name);
  if (match === null) return undefined;
  const year = 2000 + Number(match[1]);
  return {
    version: `${match[1] ?? ''}.${match[2] ?? ''}`,
    effectiveFrom: firstOfMonth(year, match[2] === '1' ? 7 : 1),
  };
}

/**
 * Imports the NUCC Health Care Provider Taxonomy CSV as NUCC publishes it (columns Code,
 * Grouping, Classification, Specialization, Definition, Notes, Display Name, Section).
 *
 * @throws MedbillError (`invalid`) for a wrong heading or bad rows, every problem located.
 */
export function importTaxonomy(
  file: SourceFile,
  options: { readonly version?: string; readonly effectiveFrom?: IsoDate } = {},
): TaxonomyRelease {
  const named = taxonomyReleaseFromName(file.name);
  const version = options.version ?? named?.version;
  const effectiveFrom = options.effectiveFrom ?? named?.effectiveFrom;
  if (version === undefined || effectiveFrom === undefined) {
    throw importFailure({ file: file.name, line: 1 }, 'a file name like nucc_taxonomy_251.csv');
  }
  const [heading, ...rows] = parseCsv(decodeText(file.bytes), file.name);
  if (
    heading === undefined ||
    HEADINGS.some((name, index) => heading.fields[index]?.trim() !== name)
  ) {
    throw importFailure(
      { file: file.name, line: 1 },
      `a heading row ${HEADINGS.join(',')}`,
      heading?.fields.join(','),
    );
  }
  const problems = new ImportProblems(file.name);
  const codes = new Map<string, TaxonomyCode>();
  for (const row of rows) {
    if (isBlankRecord(row)) continue;
    const [
      code = '',
      grouping = '',
      classification = '',
      specialization = '',
      definition = '',
      notes = '',
      displayName = '',
      section = '',
    ] = row.fields.map((field) => field.trim());
    if (!TAXONOMY_CODE.test(code))
      problems.add(row.line, 'Code', 'a 10-character taxonomy code ending in X', code);
    if (codes.has(code)) problems.add(row.line, 'Code', `one row for ${code}`, 'a second');
    if (classification === '') problems.add(row.line, 'Classification', 'a classification');
    codes.set(code, {
      code,
      grouping,
      classification,
      specialization,
      definition,
      notes,
      displayName,
      section,
    });
  }
  problems.throwIfAny();
  return {
    release: {
      system: 'taxonomy',
      version,
      effectiveFrom,
      sources: [{ name: file.name, sha256: file.sha256 }],
    },
    codes,
  };
}
