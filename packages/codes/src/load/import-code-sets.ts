import { importCptDescriptors } from '../cpt/index.ts';
import { createHcpcsStore, hcpcsReleaseFromName, importHcpcs } from '../hcpcs/index.ts';
import { importIcd10cm } from '../icd10cm/index.ts';
import { importIcd10pcs } from '../icd10pcs/index.ts';
import {
  createNcciStore,
  importAoc,
  importMue,
  importPtp,
  ncciReleaseFromName,
} from '../ncci/index.ts';
import {
  createPfsStore,
  importPfsLocalities,
  importPprrvu,
  localityFileYear,
  pfsReleaseFromName,
} from '../pfs/index.ts';
import {
  importCarcRarc,
  importPlaceOfService,
  importTaxonomy,
  withCmsAdditions,
} from '../reference/index.ts';
import type { SourceFile } from '../source-files.ts';
import type { FileKind } from './classify-files.ts';
import { classifyFiles, oneCopyPerRelease } from './classify-files.ts';
import type { CodeSets } from './code-sets.ts';

export interface ImportProgress {
  readonly step: string;
  readonly done: number;
  readonly of: number;
}

export interface CodeSetImport {
  readonly codeSets: CodeSets;
  /** The files each importer read, by kind, for the import record. */
  readonly used: ReadonlyMap<FileKind, readonly SourceFile[]>;
  /** Files no importer reads (documentation, schemas, addenda…). */
  readonly skipped: readonly SourceFile[];
}

const groupBy = <K>(files: readonly SourceFile[], key: (file: SourceFile) => K): SourceFile[][] => {
  const groups = new Map<K, SourceFile[]>();
  for (const file of files) groups.set(key(file), [...(groups.get(key(file)) ?? []), file]);
  return [...groups.values()];
};

/**
 * Builds every code set from release files exactly as published, in any mix and any number of
 * releases (several years side by side). Each system's importer is all-or-nothing, so one bad
 * file fails the import with its located problems and nothing is half-loaded.
 */
export async function importCodeSets(
  files: readonly SourceFile[],
  onProgress: (p: ImportProgress) => void = () => undefined,
): Promise<CodeSetImport> {
  const { byKind, skipped } = classifyFiles(files);
  const of = (kind: FileKind) => byKind.get(kind) ?? [];
  const steps = [
    'ICD-10-CM and ICD-10-PCS',
    'HCPCS and CPT',
    'fee schedule',
    'NCCI',
    'reference lists',
  ];
  const progress = (done: number) =>
    onProgress({ step: steps[done] ?? 'done', done, of: steps.length });

  progress(0);
  const icd10cm = of('icd10cm').length > 0 ? importIcd10cm(of('icd10cm')) : undefined;
  const icd10pcs = of('icd10pcs').length > 0 ? importIcd10pcs(of('icd10pcs')) : undefined;

  progress(1);
  const hcpcsGroups = groupBy(of('hcpcs'), (f) => hcpcsReleaseFromName(f.name)?.version ?? f.name);
  const hcpcsReleases = await Promise.all(hcpcsGroups.map((group) => importHcpcs(group)));
  const cpt = of('cpt').length > 0 ? importCptDescriptors(of('cpt')) : undefined;

  progress(2);
  const rvuFiles = oneCopyPerRelease(of('pfs-rvu'), (n) => pfsReleaseFromName(n)?.version, [
    '.csv',
    '.txt',
  ]);
  const localityGroups = groupBy(of('pfs-locality'), (f) => localityFileYear(f.name) ?? f.name);
  const rvus = rvuFiles.map((file) => importPprrvu(file));
  const localities = localityGroups.map((group) => importPfsLocalities(group));

  progress(3);
  const mueFiles = oneCopyPerRelease(of('mue'), (n) => ncciReleaseFromName(n)?.version, [
    '.csv',
    '.xlsx',
  ]);
  const ptpGroups = groupBy(of('ptp'), (f) => /v(\d{3})r\d+/i.exec(f.name)?.[1] ?? f.name);
  const [mue, aoc, ptp] = await Promise.all([
    Promise.all(mueFiles.map((file) => importMue(file))),
    Promise.all(of('aoc').map((file) => importAoc(file))),
    Promise.all(ptpGroups.map((group) => importPtp(group))),
  ]);

  progress(4);
  const reference = {
    taxonomy: of('taxonomy').map((file) => importTaxonomy(file)),
    placeOfService: of('place-of-service').flatMap((file) =>
      withCmsAdditions(importPlaceOfService(file)),
    ),
    carcRarc: of('carc-rarc').map((file) => importCarcRarc(file)),
  };
  progress(5);

  const used = new Map<FileKind, SourceFile[]>([...byKind].map(([kind, list]) => [kind, list]));
  used.set('pfs-rvu', rvuFiles);
  used.set('mue', mueFiles);
  return {
    codeSets: {
      ...(icd10cm ? { icd10cm } : {}),
      ...(icd10pcs ? { icd10pcs } : {}),
      ...(hcpcsReleases.length > 0 ? { hcpcs: createHcpcsStore(hcpcsReleases) } : {}),
      ...(cpt ? { cpt } : {}),
      ...(rvus.length > 0 ? { pfs: createPfsStore(rvus, localities) } : {}),
      ...(mue.length + aoc.length + ptp.length > 0
        ? { ncci: createNcciStore({ mue, aoc, ptp }) }
        : {}),
      ...(reference.taxonomy.length + reference.placeOfService.length + reference.carcRarc.length >
      0
        ? { reference }
        : {}),
    },
    used,
    skipped: [
      ...skipped,
      ...of('pfs-rvu').filter((f) => !rvuFiles.includes(f)),
      ...of('mue').filter((f) => !mueFiles.includes(f)),
    ],
  };
}
