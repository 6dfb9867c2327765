import type { IsoDate } from '@medbill/core';
import { isoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { isBlankRecord, parseCsv } from '../common/csv.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';

/** One place-of-service code (837P 2300 CLM05-1, CMS-1500 box 24B): `11` Office. */
export interface PlaceOfService {
  readonly code: string;
  readonly name: string;
}

/** One place-of-service list: a release of the `pos` system. */
export interface PlaceOfServiceRelease {
  readonly release: Release;
  readonly codes: ReadonlyMap<string, PlaceOfService>;
}

/**
 * Imports a place-of-service list in the two-column CSV `place_of_service_code,description`.
 *
 * This is **not CMS's own file**: CMS publishes the Place of Service Code Set only as a web
 * page. The file here is the Tuva Health terminology copy (about 2022; names shortened), and
 * it lacks the codes added since, which `withCmsAdditions` supplies. Default release:
 * version `tuva-2022`, from 2022-01-01; pass `version`/`effectiveFrom` for another list in
 * the same layout.
 *
 * @throws MedbillError (`invalid`) for a wrong heading or bad rows, every problem located.
 */
export function importPlaceOfService(
  file: SourceFile,
  options: { readonly version?: string; readonly effectiveFrom?: IsoDate } = {},
): PlaceOfServiceRelease {
  const [heading, ...rows] = parseCsv(decodeText(file.bytes), file.name);
  if (
    heading?.fields[0]?.trim() !== 'place_of_service_code' ||
    heading.fields[1]?.trim() !== 'description'
  ) {
    throw importFailure(
      { file: file.name, line: 1 },
      'a heading row place_of_service_code,description',
      heading?.fields.join(','),
    );
  }
  const problems = new ImportProblems(file.name);
  const codes = new Map<string, PlaceOfService>();
  for (const row of rows) {
    if (isBlankRecord(row)) continue;
    const [code = '', name = ''] = row.fields.map((field) => field.trim());
    if (!/^\d{2}$/.test(code))
      problems.add(row.line, 'place_of_service_code', 'a 2-digit code', code);
    if (name === '') problems.add(row.line, 'description', 'a name');
    if (codes.has(code))
      problems.add(row.line, 'place_of_service_code', `one row for ${code}`, 'a second');
    codes.set(code, { code, name });
  }
  problems.throwIfAny();
  return {
    release: {
      system: 'pos',
      version: options.version ?? 'tuva-2022',
      effectiveFrom: options.effectiveFrom ?? isoDate('2022-01-01'),
      sources: [{ name: file.name, sha256: file.sha256 }],
    },
    codes,
  };
}
