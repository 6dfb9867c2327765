import { join } from 'node:path';
import type { Database, Queryable, Transaction } from './database.ts';
import { DatabaseError, MigrationMismatchError, type MigrationProblem } from './errors.ts';
import { compareMigrations, type AppliedMigration } from './migration-check.ts';
import { readMigrationFiles, type MigrationFile } from './migration-files.ts';

/** The folder of medbill's own migrations: `packages/db/migrations`. */
export const defaultMigrationsDir = join(import.meta.dirname, '..', 'migrations');

export interface MigrateOptions {
  /** Folder of `NNNN_snake_name.sql` files. */
  readonly dir: string;
}

export interface MigrationRef {
  readonly version: number;
  readonly name: string;
}

export interface MigrateResult {
  /** What this call applied, in order (empty when the database was up to date). */
  readonly applied: MigrationRef[];
  /** The newest applied version afterwards; 0 for none. */
  readonly current: number;
}

export interface MigrationStatus {
  readonly current: number;
  readonly pending: readonly MigrationRef[];
}

const createTableSql = `
  create table if not exists schema_migrations (
    version int primary key,
    name text not null,
    checksum text not null,
    applied_at timestamptz not null default now()
  )`;

/**
 * One transaction-level advisory lock per schema (released at commit or rollback), so that servers
 * starting together on one database apply each migration once; other schemas are not blocked.
 */
const lockSql = `select pg_advisory_xact_lock(1835361378, hashtext(coalesce(current_schema(), '')))`;

async function readApplied(db: Queryable): Promise<AppliedMigration[]> {
  return db.query<AppliedMigration>(
    'select version, name, checksum from schema_migrations order by version',
  );
}

function newest(applied: readonly AppliedMigration[]): number {
  return applied.at(-1)?.version ?? 0;
}

function refuseIfAny(dir: string, problems: readonly MigrationProblem[]): void {
  if (problems.length > 0) throw new MigrationMismatchError(dir, problems);
}

/**
 * In one transaction: waits for the lock, checks everything again (another server may have
 * migrated meanwhile) and applies the next pending file with its `schema_migrations` row.
 * Returns the file applied, or undefined when none was pending.
 */
async function applyNext(
  tx: Transaction,
  dir: string,
  files: readonly MigrationFile[],
  fileProblems: readonly MigrationProblem[],
): Promise<{ file: MigrationFile | undefined; current: number }> {
  await tx.query(lockSql);
  await tx.exec(createTableSql);
  const applied = await readApplied(tx);
  refuseIfAny(dir, [...fileProblems, ...compareMigrations(files, applied)]);
  const done = new Set(applied.map((row) => row.version));
  const file = files.find((candidate) => !done.has(candidate.version));
  if (file === undefined) return { file, current: newest(applied) };
  try {
    await tx.exec(file.sql);
  } catch (error) {
    // Same code and fields, with the file named: "0007_add_claim_status.sql: syntax error…".
    throw error instanceof DatabaseError
      ? new DatabaseError(`${file.fileName}: ${error.message}`, error)
      : error;
  }
  await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
    file.version,
    file.name,
    file.checksum,
  ]);
  return { file, current: file.version };
}

/**
 * Applies every pending migration in order, each in its own transaction together with its
 * `schema_migrations` row. Refuses with a {@link MigrationMismatchError}, changing nothing, when
 * a file is badly named, duplicated, missing, edited or out of order.
 *
 * A migration file must not hold its own `BEGIN`/`COMMIT`, nor statements that cannot run in a
 * transaction (`CREATE INDEX CONCURRENTLY`).
 *
 * @example
 * ```ts
 * const { applied, current } = await migrate(db, { dir: defaultMigrationsDir });
 * ```
 */
export async function migrate(db: Database, options: MigrateOptions): Promise<MigrateResult> {
  const { files, problems } = await readMigrationFiles(options.dir);
  const applied: MigrationRef[] = [];
  for (;;) {
    const step = await db.transaction((tx) => applyNext(tx, options.dir, files, problems));
    if (step.file === undefined) return { applied, current: step.current };
    applied.push({ version: step.file.version, name: step.file.name });
  }
}

/**
 * Checks, without changing anything, that the database agrees with the migration files; throws
 * a {@link MigrationMismatchError} naming every problem. Pending migrations are not a problem.
 */
export async function checkMigrations(
  db: Queryable,
  options: MigrateOptions,
): Promise<MigrationStatus> {
  const { files, problems } = await readMigrationFiles(options.dir);
  const [table] = await db.query<{ present: boolean }>(
    "select to_regclass('schema_migrations') is not null as present",
  );
  const applied = table?.present === true ? await readApplied(db) : [];
  refuseIfAny(options.dir, [...problems, ...compareMigrations(files, applied)]);
  const done = new Set(applied.map((row) => row.version));
  return {
    current: newest(applied),
    pending: files
      .filter((file) => !done.has(file.version))
      .map(({ version, name }) => ({ version, name })),
  };
}
