import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MigrationProblem } from './errors.ts';

/** One migration file: `0007_add_claim_status.sql` is version 7, name `add_claim_status`. */
export interface MigrationFile {
  readonly version: number;
  readonly name: string;
  readonly fileName: string;
  /** sha256 of the file's bytes, hex. */
  readonly checksum: string;
  readonly sql: string;
}

export interface MigrationFileSet {
  /** Well-named files in version order (one per version, the first by file name). */
  readonly files: readonly MigrationFile[];
  /** Badly named files, duplicate versions and gaps. */
  readonly problems: readonly MigrationProblem[];
}

/** `NNNN_snake_name.sql`: four or more digits, then lowercase words joined by `_`. */
export const migrationFilePattern = /^(\d{4,})_([a-z0-9]+(?:_[a-z0-9]+)*)\.sql$/;

/** The largest version `schema_migrations.version` (int4) holds. */
const maxVersion = 2_147_483_647;

/** The file name a version is shown under when its file is gone: `0003`. */
export function formatVersion(version: number): string {
  return String(version).padStart(4, '0');
}

/** Files the migrator leaves alone: hidden files and notes such as README.md. */
function isIgnored(fileName: string): boolean {
  return fileName.startsWith('.') || fileName.toLowerCase().endsWith('.md');
}

async function listFileNames(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !isIgnored(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new Error(`Cannot read the migrations folder ${dir}`, { cause: error });
  }
}

function nameProblem(fileName: string): MigrationProblem | undefined {
  const match = migrationFilePattern.exec(fileName);
  if (match === null) {
    return {
      code: 'bad-name',
      file: fileName,
      message: `${fileName} is not named NNNN_snake_name.sql (four or more digits, lowercase words)`,
    };
  }
  const version = Number(match[1]);
  if (version < 1 || version > maxVersion) {
    return {
      code: 'bad-name',
      file: fileName,
      message: `${fileName}: versions run from 0001 to ${maxVersion}`,
    };
  }
  return undefined;
}

function sequenceProblems(files: readonly MigrationFile[]): MigrationProblem[] {
  const problems: MigrationProblem[] = [];
  let previous: MigrationFile | undefined;
  for (const file of files) {
    const expected = (previous?.version ?? 0) + 1;
    if (file.version > expected) {
      const missing =
        file.version - expected === 1
          ? formatVersion(expected)
          : `${formatVersion(expected)} to ${formatVersion(file.version - 1)}`;
      const where =
        previous === undefined
          ? `before ${file.fileName}`
          : `between ${previous.fileName} and ${file.fileName}`;
      problems.push({
        code: 'gap',
        version: expected,
        file: file.fileName,
        message: `migration ${missing} is missing ${where}: versions must follow one another`,
      });
    }
    previous = file;
  }
  return problems;
}

/**
 * Reads and checks the migration folder. Nothing is thrown for a bad folder content: every
 * problem is returned so that one error can name them all.
 */
export async function readMigrationFiles(dir: string): Promise<MigrationFileSet> {
  const problems: MigrationProblem[] = [];
  const byVersion = new Map<number, MigrationFile[]>();
  for (const fileName of await listFileNames(dir)) {
    const problem = nameProblem(fileName);
    if (problem !== undefined) {
      problems.push(problem);
      continue;
    }
    const [, digits = '', name = ''] = migrationFilePattern.exec(fileName) ?? [];
    const bytes = await readFile(join(dir, fileName));
    const file: MigrationFile = {
      version: Number(digits),
      name,
      fileName,
      checksum: createHash('sha256').update(bytes).digest('hex'),
      sql: bytes.toString('utf8'),
    };
    byVersion.set(file.version, [...(byVersion.get(file.version) ?? []), file]);
  }
  for (const [version, same] of byVersion) {
    if (same.length > 1) {
      const names = same.map((file) => file.fileName);
      problems.push({
        code: 'duplicate-version',
        version,
        file: names.join(', '),
        message: `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''} share version ${formatVersion(version)}`,
      });
    }
  }
  const files = [...byVersion.values()]
    .map((same) => same[0])
    .filter((file) => file !== undefined)
    .sort((a, b) => a.version - b.version);
  return { files, problems: [...problems, ...sequenceProblems(files)] };
}
