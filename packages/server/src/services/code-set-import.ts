import { gunzipSync, gzipSync } from 'node:zlib';
import {
  buildEncoder,
  importCodeSets,
  kindOf,
  readSourceFiles,
  snapshotCodeSets,
  summarizeReleases,
  withCptYearFromPath,
} from '@medbill/codes';
import type { ImportProgress, ReleaseSummary, SourceFile } from '@medbill/codes';
import { invalid } from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  importedCodeSetFiles,
  latestCodeSetSnapshotRecord,
  loadCodeSetFiles,
  saveCodeSetFile,
  saveCodeSetSnapshot,
} from '@medbill/db';
import type { CodeSetCatalog } from './code-set-catalog.ts';

export interface CodeSetImportResult {
  /** False when every file given was already imported: nothing changed. */
  readonly changed: boolean;
  readonly newFiles: readonly string[];
  readonly knownFiles: readonly string[];
  /** Files no importer reads (documentation, schemas, addenda). */
  readonly skipped: readonly string[];
  readonly releases: readonly ReleaseSummary[];
  readonly seconds: number;
}

/**
 * Imports release files as published (a folder, a zip, single files) next to those already
 * imported: the kept files and the new ones are read together into fresh code sets, and only if
 * that succeeds are the new files kept and the new snapshot stored, in one transaction. The
 * same files again change nothing. A bad file fails the import with its located problems.
 */
export async function importCodeSetPaths(
  db: Database,
  catalog: CodeSetCatalog,
  paths: readonly string[],
  onProgress: (progress: CodeSetImportProgress) => void = () => undefined,
): Promise<CodeSetImportResult> {
  onProgress({ step: 'reading files' });
  const given = (
    await Promise.all(
      paths.map(async (path) => withCptYearFromPath(await readSourceFiles(path), path)),
    )
  ).flat();
  return importCodeSetFiles(db, catalog, given, onProgress);
}

/**
 * What an import is doing: each phase numbered out of all of them (`done` phases finished), so
 * that a screen can draw a bar. The five code-set steps are those of `importCodeSets`.
 */
export type CodeSetImportProgress = ImportProgress | { readonly step: string };

const PHASES_BEFORE = ['reading kept files'] as const;
const PHASES_AFTER = ['building the encoder index', 'writing snapshot'] as const;
/** importCodeSets reports five steps: ICD-10-CM, HCPCS and CPT, fee schedule, NCCI, reference lists. */
const CODE_SET_STEPS = 5;
const PHASE_COUNT = PHASES_BEFORE.length + CODE_SET_STEPS + PHASES_AFTER.length;

/**
 * Imports run one at a time in this process: each reads the files the one before it kept, so two
 * at once would each store a snapshot missing the other's release.
 */
let importQueue: Promise<unknown> = Promise.resolve();
let importsQueued = 0;

/** {@link importCodeSetPaths} for files already in memory (downloaded, for instance). */
export function importCodeSetFiles(
  db: Database,
  catalog: CodeSetCatalog,
  given: readonly SourceFile[],
  onProgress: (progress: CodeSetImportProgress) => void = () => undefined,
): Promise<CodeSetImportResult> {
  if (importsQueued > 0) onProgress({ step: 'waiting for another import to finish' });
  importsQueued += 1;
  const run = importQueue
    .then(() => importNow(db, catalog, given, onProgress))
    .finally(() => {
      importsQueued -= 1;
    });
  importQueue = run.catch(() => undefined);
  return run;
}

async function importNow(
  db: Database,
  catalog: CodeSetCatalog,
  given: readonly SourceFile[],
  onProgress: (progress: CodeSetImportProgress) => void,
): Promise<CodeSetImportResult> {
  const started = performance.now();
  // Each phase lets waiting requests through first: an import holds the CPU for seconds.
  const phase = async (step: string, done: number) => {
    onProgress({ step, done, of: PHASE_COUNT });
    await new Promise((resolve) => setImmediate(resolve));
  };
  const relevant = given.filter((file) => kindOf(file.name) !== undefined);
  if (relevant.length === 0) {
    throw invalid(
      'None of these files is a code-set release file medbill reads; nothing was imported.',
      given.slice(0, 20).map((f) => ({
        path: f.name,
        code: 'unknown_file',
        message: 'not an ICD-10-CM, HCPCS, PFS, NCCI, NUCC, POS or CARC/RARC release file',
      })),
    );
  }
  const known = await importedCodeSetFiles(
    db,
    relevant.map((f) => f.sha256),
  );
  const fresh = uniqueByHash(relevant.filter((f) => !known.has(f.sha256)));
  const skipped = given.filter((file) => kindOf(file.name) === undefined).map((f) => f.name);
  if (fresh.length === 0) {
    const latest = await latestCodeSetSnapshotRecord(db);
    return {
      changed: false,
      newFiles: [],
      knownFiles: relevant.map((f) => f.name),
      skipped,
      releases: (latest?.summary as { releases?: ReleaseSummary[] } | undefined)?.releases ?? [],
      seconds: (performance.now() - started) / 1000,
    };
  }
  await phase(PHASES_BEFORE[0], 0);
  const kept: SourceFile[] = (await loadCodeSetFiles(db)).map((f) => ({
    name: f.name,
    sha256: f.sha256,
    bytes: new Uint8Array(gunzipSync(f.gzipped)),
  }));
  const { codeSets } = await importCodeSets([...kept, ...fresh], (progress) => {
    if (progress.done < progress.of) {
      onProgress({
        step: progress.step,
        done: PHASES_BEFORE.length + progress.done,
        of: PHASE_COUNT,
      });
    }
  });
  await phase(PHASES_AFTER[0], PHASE_COUNT - 2);
  const encoder = buildEncoder(codeSets);
  await phase(PHASES_AFTER[1], PHASE_COUNT - 1);
  const snapshot = snapshotCodeSets(codeSets, encoder);
  const releases = summarizeReleases(codeSets);
  await db.transaction(async (tx) => {
    for (const file of fresh) {
      await saveCodeSetFile(tx, {
        sha256: file.sha256,
        name: file.name,
        kind: kindOf(file.name) ?? 'unknown',
        byteSize: file.bytes.byteLength,
        gzipped: new Uint8Array(gzipSync(file.bytes)),
      });
    }
    await saveCodeSetSnapshot(tx, {
      sha256: snapshot.sha256,
      bytes: snapshot.bytes,
      summary: { releases },
    });
  });
  catalog.use(codeSets, snapshot.sha256, { encoder, releases });
  return {
    changed: true,
    newFiles: fresh.map((f) => f.name),
    knownFiles: relevant.filter((f) => known.has(f.sha256)).map((f) => f.name),
    skipped,
    releases,
    seconds: (performance.now() - started) / 1000,
  };
}

function uniqueByHash(files: readonly SourceFile[]): SourceFile[] {
  const seen = new Map<string, SourceFile>();
  for (const file of files) if (!seen.has(file.sha256)) seen.set(file.sha256, file);
  return [...seen.values()];
}
