/**
 * The engines every database test runs on: PGlite in memory and a PostgreSQL server.
 *
 * @example
 * ```ts
 * describe.each(databaseTargets())('$name', (target) => {
 *   describe.skipIf(!target.available)('claims', () => { … await target.open() … });
 * });
 * ```
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import type { Database, SqlParam } from '../src/database.ts';
import { openPgDatabase } from '../src/pg-database.ts';
import { pgliteDatabase } from '../src/pglite-database.ts';

export interface DatabaseTarget {
  readonly name: 'pglite' | 'postgres';
  /** A fresh, empty database; closing it removes what the test created. */
  open(): Promise<Database>;
  /** False when the engine cannot run here and the suite skips it. */
  readonly available: boolean;
}

/** The PostgreSQL server the suite uses. */
export const testDatabaseUrl =
  process.env.MEDBILL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const isSet = (value: string | undefined): boolean =>
  value !== undefined && value !== '' && value !== '0' && value !== 'false';

/** In CI (or when asked) a missing server fails the run instead of skipping it. */
const postgresRequired = isSet(process.env.CI) || process.env.MEDBILL_TEST_PG_REQUIRED === '1';

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Undefined when the server answers, else why not. */
async function probePostgres(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const postgresProblem = await probePostgres(testDatabaseUrl);

if (postgresProblem !== undefined && !postgresRequired) {
  console.warn(
    `PostgreSQL at ${redacted(testDatabaseUrl)} did not answer: skipping the PostgreSQL run ` +
      `(set MEDBILL_TEST_DATABASE_URL) [${postgresProblem}]`,
  );
}

/** A fresh `initdb` is the slow part of starting PGlite (~1.5 s): do it once, copy it after. */
let pristineDataDir: Promise<Blob> | undefined;

async function openPglite(): Promise<Database> {
  pristineDataDir ??= (async () => {
    const template = await PGlite.create();
    try {
      return await template.dumpDataDir('none');
    } finally {
      await template.close();
    }
  })();
  return pgliteDatabase(await PGlite.create({ loadDataDir: await pristineDataDir }));
}

/** A schema name no other test run uses. */
export function randomSchemaName(): string {
  return `medbill_test_${randomBytes(6).toString('hex')}`;
}

/** Wraps close so that it drops the test's schema first. */
function droppingSchemaOnClose(db: Database, schema: string): Database {
  let closed = false;
  return {
    kind: db.kind,
    query: <Row extends object = Record<string, unknown>>(
      sql: string,
      params?: readonly SqlParam[],
    ) => db.query<Row>(sql, params),
    transaction: (fn) => db.transaction(fn),
    exec: (sql) => db.exec(sql),
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.exec(`drop schema if exists ${schema} cascade`);
      } finally {
        await db.close();
      }
    },
  };
}

function unreachable(): never {
  throw new Error(
    `PostgreSQL at ${redacted(testDatabaseUrl)} did not answer (${postgresProblem ?? ''}), ` +
      'and this run requires it (CI or MEDBILL_TEST_PG_REQUIRED=1): start it or fix MEDBILL_TEST_DATABASE_URL',
  );
}

export interface DatabasePair {
  readonly first: Database;
  readonly second: Database;
  /** Closes both and drops their schema. */
  close(): Promise<void>;
}

/** Two databases (separate pools) on one fresh schema, as two servers sharing a database. */
export async function openPostgresPair(): Promise<DatabasePair> {
  if (postgresProblem !== undefined) unreachable();
  const schema = randomSchemaName();
  const first = await openPgDatabase({ url: testDatabaseUrl, schema });
  const second = await openPgDatabase({ url: testDatabaseUrl, schema });
  return {
    first,
    second,
    async close() {
      await second.close();
      await droppingSchemaOnClose(first, schema).close();
    },
  };
}

/** True when the PostgreSQL target runs (or must run) in this test run. */
export const postgresAvailable = postgresProblem === undefined || postgresRequired;

/** PGlite in memory and PostgreSQL (a fresh schema per open), for `describe.each`. */
export function databaseTargets(): DatabaseTarget[] {
  return [
    { name: 'pglite', available: true, open: openPglite },
    {
      name: 'postgres',
      available: postgresAvailable,
      async open() {
        if (postgresProblem !== undefined) unreachable();
        const schema = randomSchemaName();
        return droppingSchemaOnClose(
          await openPgDatabase({ url: testDatabaseUrl, schema }),
          schema,
        );
      },
    },
  ];
}
