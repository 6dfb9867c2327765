import { cptDescriptorLength } from '../cpt/index.ts';
import { isAnwebFile } from '../hcpcs/index.ts';
import {
  indexKindOf,
  isConversionTableName,
  isOrderFileName,
  isPoaExemptFileName,
} from '../icd10cm/index.ts';
import { isIcd10pcsFileName } from '../icd10pcs/index.ts';
import type { SourceFile } from '../source-files.ts';

/** Which importer reads a published file, decided from its name as CMS/CDC/NUCC publish it. */
export type FileKind =
  | 'icd10cm'
  | 'icd10pcs'
  | 'hcpcs'
  | 'cpt'
  | 'pfs-rvu'
  | 'pfs-locality'
  | 'mue'
  | 'aoc'
  | 'ptp'
  | 'taxonomy'
  | 'place-of-service'
  | 'carc-rarc';

const base = (name: string) => (name.split('/').pop() ?? name).toLowerCase();

const RULES: readonly [FileKind, (name: string) => boolean][] = [
  [
    'icd10cm',
    (n) =>
      isOrderFileName(n) ||
      /icd10cm[-_]tabular.*\.xml$/i.test(n) ||
      indexKindOf(n) !== undefined ||
      isConversionTableName(n) ||
      isPoaExemptFileName(n),
  ],
  ['icd10pcs', isIcd10pcsFileName],
  ['hcpcs', isAnwebFile],
  ['cpt', (n) => cptDescriptorLength(n) !== undefined],
  ['pfs-rvu', (n) => /^pprrvu\d{4}.*\.(csv|txt)$/.test(base(n))],
  ['pfs-locality', (n) => /^(gpci\d{4}|anes\d{4}|\d{2}locco)\.csv$/.test(base(n))],
  ['mue', (n) => /mue.*practitioner.*\.(csv|xlsx)$/.test(base(n))],
  ['aoc', (n) => /^aoc_v\d{4}q\d.*\.xlsx$/.test(base(n))],
  ['ptp', (n) => /cci[a-z]{3}-v\d{3}r\d+-f\d+\.(txt|xlsx)$/.test(base(n))],
  ['taxonomy', (n) => /^nucc_taxonomy_\d{3}\.csv$/.test(base(n))],
  ['place-of-service', (n) => /^place_of_service.*\.csv$/.test(base(n))],
  ['carc-rarc', (n) => /carc.*rarc.*\.json$/.test(base(n))],
];

export function kindOf(name: string): FileKind | undefined {
  return RULES.find(([, matches]) => matches(name))?.[0];
}

/**
 * Sorts release files by importer; files no importer reads (PDFs, XSDs, addenda, code lists the
 * order file already holds) are listed apart so that the import can say what it skipped.
 */
export function classifyFiles(files: readonly SourceFile[]): {
  byKind: Map<FileKind, SourceFile[]>;
  skipped: SourceFile[];
} {
  const byKind = new Map<FileKind, SourceFile[]>();
  const skipped: SourceFile[] = [];
  for (const file of files) {
    const kind = kindOf(file.name);
    if (kind === undefined) skipped.push(file);
    else byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
  }
  return { byKind, skipped };
}

/**
 * Of several copies of one release (the RVU file as `.csv` and `.txt`, MUE as `.csv` and
 * `.xlsx`), keeps one: the first whose extension comes first in `preference`.
 */
export function oneCopyPerRelease(
  files: readonly SourceFile[],
  releaseOf: (name: string) => string | undefined,
  preference: readonly string[],
): SourceFile[] {
  const chosen = new Map<string, SourceFile>();
  const rank = (name: string) => {
    const i = preference.findIndex((ext) => name.toLowerCase().endsWith(ext));
    return i === -1 ? preference.length : i;
  };
  for (const file of files) {
    const key = releaseOf(file.name) ?? file.name;
    const current = chosen.get(key);
    if (!current || rank(file.name) < rank(current.name)) chosen.set(key, file);
  }
  return [...chosen.values()];
}
