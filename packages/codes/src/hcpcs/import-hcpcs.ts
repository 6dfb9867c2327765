import type { IsoDate } from '@medbill/core';
import type { SourceFile } from '../source-files.ts';
import { decodeText } from '../source-files.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import { readFirstSheet } from '../common/xlsx-rows.ts';
import { readAnwebSheet } from './anweb-sheet.ts';
import { readAnwebText } from './anweb-text.ts';
import { assembleHcpcs } from './assemble-hcpcs.ts';
import { hcpcsReleaseFromName, isAnwebFile } from './hcpcs-release-name.ts';
import type { HcpcsRelease } from './hcpcs-types.ts';

/** Overrides for a file whose name does not say its release. */
export interface HcpcsImportOptions {
  readonly version?: string;
  readonly effectiveFrom?: IsoDate;
}

/**
 * Imports one HCPCS Level II release as CMS publishes it: the quarterly or annual zip (as
 * expanded by `readSourceFiles`), or the `…_ANWEB.txt` / `…_ANWEB.xlsx` file alone. When both
 * the text and the Excel version are present, the text file (the record layout of record) is
 * read. All or nothing: any problem fails the import with every located problem listed.
 *
 * @throws MedbillError (`invalid`) for a missing file, an unknown release name or bad records.
 * @example
 * ```ts
 * const apr = await importHcpcs(await readSourceFiles('codesets/hcpcs/2026-apr/hcpc2026_apr_anweb_0.zip'));
 * apr.release.version; // '2026-04'
 * apr.codes.get('G0008')?.shortDescription; // 'Admin influenza virus vac'
 * ```
 */
export async function importHcpcs(
  files: readonly SourceFile[],
  options: HcpcsImportOptions = {},
): Promise<HcpcsRelease> {
  const candidates = files.filter((file) => isAnwebFile(file.name));
  const source =
    candidates.find((file) => file.name.toLowerCase().endsWith('.txt')) ?? candidates[0];
  if (source === undefined) {
    throw importFailure(
      { file: files[0]?.name ?? '(no files)', line: 1 },
      'an HCPCS record file named like HCPC2026_APR_ANWEB.txt or .xlsx',
    );
  }
  const named = hcpcsReleaseFromName(source.name);
  const version = options.version ?? named?.version;
  const effectiveFrom = options.effectiveFrom ?? named?.effectiveFrom;
  if (version === undefined || effectiveFrom === undefined) {
    throw importFailure({ file: source.name, line: 1 }, 'a file name like HCPC2026_APR_ANWEB.txt');
  }
  const problems = new ImportProblems(source.name);
  const records = source.name.toLowerCase().endsWith('.txt')
    ? readAnwebText(decodeText(source.bytes), problems)
    : readAnwebSheet(await readFirstSheet(source.bytes, source.name), problems);
  const { codes, modifiers } = assembleHcpcs(records, problems);
  if (codes.size === 0 && problems.count === 0)
    problems.add(1, undefined, 'at least one HCPCS record');
  problems.throwIfAny();
  return {
    release: {
      system: 'hcpcs',
      version,
      effectiveFrom,
      sources: [{ name: source.name, sha256: source.sha256 }],
    },
    codes,
    modifiers,
  };
}
