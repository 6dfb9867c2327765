import { releaseOn } from '../common/release-periods.ts';
import { ImportProblems, importFailure } from '../common/import-problems.ts';
import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { decodeText, type SourceFile } from '../source-files.ts';

/** Which of the AMA's descriptor files a text came from. */
export type CptDescriptorLength = 'long' | 'medium' | 'short';

/** A CPT code's descriptors from a licensee's AMA data files (none ship with medbill). */
export interface CptCode {
  readonly code: string;
  readonly long?: string;
  readonly medium?: string;
  readonly short?: string;
}

/** One CPT year: every code in the AMA's files for it, valid from January 1 to December 31. */
export interface CptRelease {
  readonly release: Release;
  readonly codes: ReadonlyMap<string, CptCode>;
}

export interface CptStore {
  /** Oldest first. */
  readonly releases: readonly CptRelease[];
}

/** The AMA's descriptor files by name: LONGULT (long, upper/lower case), MEDU, SHORTU. */
const FILES: readonly [RegExp, CptDescriptorLength][] = [
  [/^longul?t?\.txt$/i, 'long'],
  [/^medu\.txt$/i, 'medium'],
  [/^shortu\.txt$/i, 'short'],
];

/** CPT Category I (`99213`), Category II (`0001F`), Category III (`0042T`), PLA (`0001U`). */
const CPT_CODE = /^\d{4}[0-9FTU]$/;

export function cptDescriptorLength(name: string): CptDescriptorLength | undefined {
  const base = name.split('/').pop() ?? name;
  return FILES.find(([pattern]) => pattern.test(base))?.[1];
}

/**
 * The CPT year of a descriptor file, from the folder or zip it sits in (`cpt-2026/LONGULT.txt`,
 * `2026 CPT Data Files.zip/LONGULT.txt`): the AMA's files do not carry the year themselves.
 */
export function cptYearFromName(name: string): number | undefined {
  const years = [...name.matchAll(/(?:^|[^0-9])(20\d{2})(?=[^0-9]|$)/g)].map((m) => Number(m[1]));
  return years.at(-1);
}

/**
 * Names CPT descriptor files read from `path` (a folder such as `cpt-2026/`, or the file in it)
 * with the year that path gives, `cpt-2026/LONGULT.txt`, so that the name kept with the import
 * still says which year it is. Other files, and files already named with a year, are unchanged.
 */
export function withCptYearFromPath(files: readonly SourceFile[], path: string): SourceFile[] {
  const year = cptYearFromName(path.replaceAll('\\', '/'));
  return files.map((file) =>
    year !== undefined &&
    cptDescriptorLength(file.name) !== undefined &&
    cptYearFromName(file.name) === undefined
      ? { ...file, name: `cpt-${year}/${file.name}` }
      : file,
  );
}

/**
 * Reads the AMA CPT descriptor files of one or more years, each line `code<TAB>descriptor`
 * (docs/code-sets.md, "CPT descriptors"). A year's codes are valid from its January 1 to its
 * December 31; a code missing from a year's files is not valid in that year.
 *
 * @throws MedbillError (`invalid`) with every bad line located, or when a file's year cannot be
 * told from its folder or zip name.
 */
export function importCptDescriptors(files: readonly SourceFile[]): CptStore {
  const byYear = new Map<number, { codes: Map<string, CptCode>; sources: SourceFile[] }>();
  for (const file of files) {
    const length = cptDescriptorLength(file.name);
    const year = cptYearFromName(file.name);
    if (length === undefined) continue;
    if (year === undefined) {
      throw importFailure(
        { file: file.name, line: 1 },
        'the CPT year in the folder or zip name, e.g. cpt-2026/LONGULT.txt',
      );
    }
    const entry = byYear.get(year) ?? { codes: new Map<string, CptCode>(), sources: [] };
    byYear.set(year, entry);
    entry.sources.push(file);
    for (const [code, text] of readDescriptorLines(file)) {
      entry.codes.set(code, { ...(entry.codes.get(code) ?? { code }), [length]: text });
    }
  }
  const releases = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, { codes, sources }]) => ({
      release: {
        system: 'cpt' as const,
        version: `CPT ${year}`,
        effectiveFrom: `${year}-01-01` as IsoDate,
        effectiveTo: `${year}-12-31` as IsoDate,
        sources: sources.map((f) => ({ name: f.name, sha256: f.sha256 })),
      },
      codes,
    }));
  return { releases };
}

function readDescriptorLines(file: SourceFile): [string, string][] {
  const problems = new ImportProblems(file.name);
  const out: [string, string][] = [];
  decodeText(file.bytes)
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const tab = line.indexOf('\t');
      const code = tab < 0 ? line.trim() : line.slice(0, tab).trim();
      const text = tab < 0 ? '' : line.slice(tab + 1).trim();
      if (!CPT_CODE.test(code)) problems.add(index + 1, 'code', 'a CPT code then a tab', line);
      else if (text === '') problems.add(index + 1, 'descriptor', 'a descriptor after the tab');
      else out.push([code, text]);
    });
  problems.throwIfAny();
  return out;
}

/** The CPT year of a date of service, if a licensee loaded that year. */
export function cptReleaseOn(store: CptStore, date: IsoDate): CptRelease | undefined {
  const found = releaseOn(store.releases, date);
  return found && (!found.release.effectiveTo || date <= found.release.effectiveTo)
    ? found
    : undefined;
}
