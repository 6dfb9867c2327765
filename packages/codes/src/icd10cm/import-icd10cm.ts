import { invalid } from '@medbill/core';
import type { SourceFile } from '../source-files.ts';
import { buildCodeIndex } from './code-index.ts';
import { isConversionTableName, parseConversionTable } from './conversion-table.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { indexManifestationCodes } from './index-lookup.ts';
import { indexKindOf, parseIndex } from './index-parser.ts';
import type { AlphabeticIndex } from './index-types.ts';
import { importOrderRelease, isOrderFileName } from './order-release.ts';
import { isPoaExemptFileName, parsePoaExemptList } from './poa-exempt.ts';
import { findTabularFile, parseTabular } from './tabular-parser.ts';
import type { Tabular } from './tabular-types.ts';

/**
 * Builds the ICD-10-CM store from CDC files as published, in any mix (the "Code Descriptions"
 * zips of several years, the Full XML zip, loose `.xml`/`.gz` files), as {@link readSourceFiles}
 * returns them: every order file becomes a release (its period from its name); the newest
 * Tabular List is used for the notes; every index and table file is kept, and the bracketed
 * manifestation codes of the newest Index to Diseases feed the sequencing rule; the newest
 * conversion table (`ICD-10-CM-CONVERSION-TABLE-FYYYYY.xlsx`) names deleted codes' successors; each
 * fiscal year's POA-exempt list (`POAexemptCodesFYYY.txt`) is kept. Files it does
 * not know (addenda, codes files, PDFs, XSDs) are ignored. All or nothing: the first invalid
 * file fails the whole import with its located problems.
 *
 * @example
 * ```ts
 * const store = importIcd10cm(await readSourceFiles('codesets/icd10cm'));
 * store.codes.data.releases.map((r) => r.version); // ['FY2021-01', 'FY2025', 'FY2026']
 * ```
 */
export function importIcd10cm(files: readonly SourceFile[]): Icd10cmStore {
  const orderFiles = files.filter((file) => isOrderFileName(file.name));
  if (orderFiles.length === 0) {
    throw invalid('No ICD-10-CM order file (icd10cm-order-YYYY.txt) among the files', [
      {
        path: files.map((f) => f.name).join(', ') || '(no files)',
        message: 'expected at least one order file',
      },
    ]);
  }
  const releases = orderFiles.map((file) => importOrderRelease([file]));
  const versions = releases.map((r) => r.release.version);
  const repeated = versions.find((v, i) => versions.indexOf(v) !== i);
  if (repeated !== undefined) {
    throw invalid(`Two order files for ${repeated}`, [
      {
        path: orderFiles.map((f) => f.name).join(', '),
        message: `expected one order file per release, found two for ${repeated}`,
      },
    ]);
  }
  const tabulars = files.filter((file) => findTabularFile([file]) !== undefined).map(parseTabular);
  const tabular = tabulars.reduce<Tabular | undefined>(
    (newest, t) => (newest === undefined || t.version > newest.version ? t : newest),
    undefined,
  );
  const indexes = files.flatMap((file) => {
    const kind = indexKindOf(file.name);
    return kind === undefined ? [] : [parseIndex(file, kind)];
  });
  const diseaseIndex = newestOfKind(indexes, 'index');
  const conversionFile = files
    .filter((file) => isConversionTableName(file.name))
    .sort((a, b) => b.name.localeCompare(a.name))[0];
  return {
    codes: buildCodeIndex(releases),
    tabular,
    indexes,
    indexManifestations: diseaseIndex ? indexManifestationCodes(diseaseIndex) : new Set(),
    conversions: conversionFile ? parseConversionTable(conversionFile) : undefined,
    poaExempt: files.filter((file) => isPoaExemptFileName(file.name)).map(parsePoaExemptList),
  };
}

function newestOfKind(
  indexes: readonly AlphabeticIndex[],
  kind: AlphabeticIndex['kind'],
): AlphabeticIndex | undefined {
  return indexes
    .filter((index) => index.kind === kind)
    .sort((a, b) => b.version.localeCompare(a.version))[0];
}
