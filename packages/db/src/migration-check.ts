import type { MigrationProblem } from './errors.ts';
import { formatVersion, type MigrationFile } from './migration-files.ts';

/** A row of `schema_migrations`. */
export interface AppliedMigration {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
}

function appliedFileName(applied: AppliedMigration): string {
  return `${formatVersion(applied.version)}_${applied.name}.sql`;
}

/**
 * Compares the files with what the database has applied: every applied migration must still
 * have its file, unchanged and under the same name, and nothing may be pending below the
 * newest applied version. Pure: the same inputs give the same problems.
 */
export function compareMigrations(
  files: readonly MigrationFile[],
  applied: readonly AppliedMigration[],
): MigrationProblem[] {
  const problems: MigrationProblem[] = [];
  const fileByVersion = new Map(files.map((file) => [file.version, file]));
  for (const row of applied) {
    const file = fileByVersion.get(row.version);
    if (file === undefined) {
      problems.push({
        code: 'missing-file',
        version: row.version,
        file: appliedFileName(row),
        message: `${appliedFileName(row)} is applied in the database but its file is missing`,
      });
      continue;
    }
    if (file.name !== row.name) {
      problems.push({
        code: 'renamed',
        version: row.version,
        file: file.fileName,
        message: `${file.fileName}: the database applied version ${formatVersion(row.version)} as ${appliedFileName(row)}`,
      });
    }
    if (file.checksum !== row.checksum) {
      problems.push({
        code: 'checksum-mismatch',
        version: row.version,
        file: file.fileName,
        message: `${file.fileName} was changed after it was applied (sha256 ${file.checksum.slice(0, 12)}… on disk, ${row.checksum.slice(0, 12)}… applied)`,
      });
    }
  }
  const newest = applied.reduce((max, row) => Math.max(max, row.version), 0);
  const appliedVersions = new Set(applied.map((row) => row.version));
  for (const file of files) {
    if (file.version < newest && !appliedVersions.has(file.version)) {
      problems.push({
        code: 'out-of-order',
        version: file.version,
        file: file.fileName,
        message: `${file.fileName} is not applied but the later ${formatVersion(newest)} is: renumber it after the newest migration`,
      });
    }
  }
  return problems;
}
