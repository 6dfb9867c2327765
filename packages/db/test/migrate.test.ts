import { createHash } from 'node:crypto';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.ts';
import { DatabaseError, MigrationMismatchError } from '../src/errors.ts';
import { checkMigrations, migrate } from '../src/migrate.ts';
import { compareMigrations } from '../src/migration-check.ts';
import type { MigrationFile } from '../src/migration-files.ts';
import { databaseTargets, openPostgresPair, postgresAvailable } from './targets.ts';

const folders: string[] = [];

/** A temporary migrations folder holding the given files. */
async function migrationsFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'medbill-migrations-'));
  folders.push(dir);
  await Promise.all(Object.entries(files).map(([name, sql]) => writeFile(join(dir, name), sql)));
  return dir;
}

afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

const payers = 'create table payer (id int primary key, name text not null);\n';
const claims =
  'create table claim (id int primary key, payer_id int not null references payer (id));\n' +
  "insert into payer values (1, 'Acme');\n";
const remits = 'create table remit (id int primary key, claim_id int references claim (id));\n';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What a refused migration must leave untouched. */
async function snapshot(db: Database): Promise<unknown> {
  const [state] = await db.query<{ migrations: unknown; tables: unknown }>(`
    select
      (select coalesce(json_agg(version order by version), '[]') from schema_migrations) as migrations,
      (select json_agg(table_name order by table_name) from information_schema.tables
        where table_schema = current_schema()) as tables`);
  return state;
}

async function refusal(running: Promise<unknown>): Promise<MigrationMismatchError> {
  const error: unknown = await running.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(MigrationMismatchError);
  return error as MigrationMismatchError;
}

describe.each(databaseTargets())('$name', (target) => {
  describe.skipIf(!target.available)('migrate', () => {
    let db: Database;

    beforeEach(async () => {
      db = await target.open();
    });
    afterEach(async () => {
      await db?.close();
    });

    it('applies pending files in order, each recorded with its checksum, and is idempotent', async () => {
      const dir = await migrationsFolder({
        '0002_claims.sql': claims,
        '0001_payers.sql': payers,
        'README.md': 'notes are ignored',
      });
      expect(await migrate(db, { dir })).toStrictEqual({
        applied: [
          { version: 1, name: 'payers' },
          { version: 2, name: 'claims' },
        ],
        current: 2,
      });
      expect(await db.query('select version, name, checksum from schema_migrations')).toStrictEqual(
        [
          { version: 1, name: 'payers', checksum: sha256(payers) },
          { version: 2, name: 'claims', checksum: sha256(claims) },
        ],
      );
      const [row] = await db.query<{ applied_at: unknown }>(
        'select applied_at from schema_migrations',
      );
      expect(row?.applied_at).toBeInstanceOf(Date);

      expect(await migrate(db, { dir })).toStrictEqual({ applied: [], current: 2 });
      await writeFile(join(dir, '0003_remits.sql'), remits);
      expect(await checkMigrations(db, { dir })).toStrictEqual({
        current: 2,
        pending: [{ version: 3, name: 'remits' }],
      });
      expect(await migrate(db, { dir })).toStrictEqual({
        applied: [{ version: 3, name: 'remits' }],
        current: 3,
      });
      expect(await checkMigrations(db, { dir })).toStrictEqual({ current: 3, pending: [] });
    });

    it('handles an empty folder and an empty database', async () => {
      const dir = await migrationsFolder({});
      expect(await checkMigrations(db, { dir })).toStrictEqual({ current: 0, pending: [] });
      expect(await migrate(db, { dir })).toStrictEqual({ applied: [], current: 0 });
    });

    it('refuses a file edited after it was applied, changing nothing', async () => {
      const dir = await migrationsFolder({ '0001_payers.sql': payers, '0002_claims.sql': claims });
      await migrate(db, { dir });
      await writeFile(join(dir, '0001_payers.sql'), payers.replace('name text', 'name varchar'));
      await writeFile(join(dir, '0003_remits.sql'), remits);
      const before = await snapshot(db);

      const error = await refusal(migrate(db, { dir }));
      expect(error.message).toContain('0001_payers.sql was changed after it was applied');
      expect(error.problems.map((problem) => problem.code)).toStrictEqual(['checksum-mismatch']);
      await expect(checkMigrations(db, { dir })).rejects.toThrow(MigrationMismatchError);
      expect(await snapshot(db)).toStrictEqual(before);
    });

    it('refuses when an applied migration has lost its file, changing nothing', async () => {
      const dir = await migrationsFolder({
        '0001_payers.sql': payers,
        '0002_claims.sql': claims,
        '0003_remits.sql': remits,
      });
      await migrate(db, { dir });
      await unlink(join(dir, '0003_remits.sql'));
      await writeFile(join(dir, '0004_later.sql'), 'create table later (id int);');
      const before = await snapshot(db);

      const error = await refusal(migrate(db, { dir }));
      expect(error.message).toContain(
        '0003_remits.sql is applied in the database but its file is missing',
      );
      expect(error.message).toContain(
        'migration 0003 is missing between 0002_claims.sql and 0004_later.sql',
      );
      expect(await snapshot(db)).toStrictEqual(before);
    });

    it('refuses a renumbered file (a rebase) as renamed and changed', async () => {
      const dir = await migrationsFolder({ '0001_payers.sql': payers, '0002_claims.sql': claims });
      await migrate(db, { dir });
      await rm(join(dir, '0002_claims.sql'));
      await writeFile(join(dir, '0002_remit_codes.sql'), 'create table remit_code (code text);');
      await writeFile(join(dir, '0003_claims.sql'), claims);
      const before = await snapshot(db);

      const error = await refusal(migrate(db, { dir }));
      expect(error.problems.map(({ code, file }) => ({ code, file }))).toStrictEqual([
        { code: 'renamed', file: '0002_remit_codes.sql' },
        { code: 'checksum-mismatch', file: '0002_remit_codes.sql' },
      ]);
      expect(error.message).toContain(
        '0002_remit_codes.sql: the database applied version 0002 as 0002_claims.sql',
      );
      expect(await snapshot(db)).toStrictEqual(before);
    });

    it('refuses gaps, duplicates and bad names on a fresh database, creating nothing', async () => {
      const dir = await migrationsFolder({
        '0001_payers.sql': payers,
        '0002_claims.sql': claims,
        '0002_claim_notes.sql': 'create table claim_note (id int);',
        '0005_remits.sql': remits,
        '6_fast.sql': 'select 1;',
        '0007-dashed.sql': 'select 1;',
        '0008_CamelCase.sql': 'select 1;',
        '0000_zero.sql': 'select 1;',
      });
      const error = await refusal(migrate(db, { dir }));
      expect(error.message).toContain(
        '0002_claim_notes.sql and 0002_claims.sql share version 0002',
      );
      expect(error.message).toContain(
        'migration 0003 to 0004 is missing between 0002_claim_notes.sql and 0005_remits.sql',
      );
      for (const bad of ['6_fast.sql', '0007-dashed.sql', '0008_CamelCase.sql', '0000_zero.sql']) {
        expect(error.message).toContain(bad);
      }
      expect(error.problems.map((problem) => problem.code).sort()).toStrictEqual([
        'bad-name',
        'bad-name',
        'bad-name',
        'bad-name',
        'duplicate-version',
        'gap',
      ]);
      const [table] = await db.query("select to_regclass('schema_migrations') as name");
      expect(table).toStrictEqual({ name: null });
      expect(await db.query("select to_regclass('payer') as name")).toStrictEqual([{ name: null }]);
    });

    it('keeps earlier migrations and rolls back the one that fails', async () => {
      const broken =
        'create table remit (id int primary key);\ninsert into remit values (1), (1);\n';
      const dir = await migrationsFolder({ '0001_payers.sql': payers, '0002_broken.sql': broken });
      const error: unknown = await migrate(db, { dir }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({ code: '23505', table: 'remit' });
      expect((error as Error).message).toMatch(/^0002_broken\.sql: duplicate key value/);
      expect(await db.query('select version from schema_migrations')).toStrictEqual([
        { version: 1 },
      ]);
      expect(await db.query("select to_regclass('remit') as name")).toStrictEqual([{ name: null }]);
    });

    it('applies each migration once when two migrators race on one database', async () => {
      const dir = await migrationsFolder({
        '0001_payers.sql': `${payers}select pg_sleep(0.05);`,
        '0002_claims.sql': claims,
        '0003_remits.sql': remits,
      });
      const results = await Promise.all([migrate(db, { dir }), migrate(db, { dir })]);
      const versions = results.flatMap((result) => result.applied.map((ref) => ref.version));
      expect(versions.sort((a, b) => a - b)).toStrictEqual([1, 2, 3]);
      expect(results.map((result) => result.current)).toStrictEqual([3, 3]);
    });
  });
});

describe.skipIf(!postgresAvailable)('migrate on PostgreSQL with two servers', () => {
  it('serialises two pools migrating one schema at once', async () => {
    const dir = await migrationsFolder({
      '0001_payers.sql': `${payers}select pg_sleep(0.2);`,
      '0002_claims.sql': `${claims}select pg_sleep(0.1);`,
      '0003_remits.sql': remits,
    });
    const pair = await openPostgresPair();
    try {
      const [first, second] = await Promise.all([
        migrate(pair.first, { dir }),
        migrate(pair.second, { dir }),
      ]);
      const versions = [...first.applied, ...second.applied].map((ref) => ref.version);
      expect(versions.sort((a, b) => a - b)).toStrictEqual([1, 2, 3]);
      expect([first.current, second.current]).toStrictEqual([3, 3]);
      expect(await pair.second.query('select version from schema_migrations')).toStrictEqual([
        { version: 1 },
        { version: 2 },
        { version: 3 },
      ]);
    } finally {
      await pair.close();
    }
  });
});

describe('compareMigrations', () => {
  const file = (version: number, name: string, sql: string): MigrationFile => ({
    version,
    name,
    fileName: `${String(version).padStart(4, '0')}_${name}.sql`,
    checksum: sha256(sql),
    sql,
  });
  const applied = (version: number, name: string, sql: string) => ({
    version,
    name,
    checksum: sha256(sql),
  });

  it('finds nothing when the database applied a prefix of the files', () => {
    const files = [file(1, 'payers', payers), file(2, 'claims', claims)];
    expect(compareMigrations(files, [applied(1, 'payers', payers)])).toStrictEqual([]);
  });

  it('names a pending file below the newest applied version as out of order', () => {
    const files = [file(1, 'payers', payers), file(2, 'claims', claims), file(3, 'remits', remits)];
    const problems = compareMigrations(files, [
      applied(1, 'payers', payers),
      applied(3, 'remits', remits),
    ]);
    expect(problems).toStrictEqual([
      {
        code: 'out-of-order',
        version: 2,
        file: '0002_claims.sql',
        message:
          '0002_claims.sql is not applied but the later 0003 is: renumber it after the newest migration',
      },
    ]);
  });
});
