import { DatabaseError as PgProtocolError, Pool, types as pgTypes, type PoolClient } from 'pg';
import { createDatabase, type EngineRow, type EngineSession } from './create-database.ts';
import type { Database } from './database.ts';
import { DatabaseError, fromEngineError, sqlState, type EngineErrorLike } from './errors.ts';
import { sessionSettings } from './session-settings.ts';
import { typeParser } from './type-parsers.ts';
import type { WireParam } from './sql-params.ts';

export interface PgDatabaseOptions {
  /** `postgres://user:password@host:5432/database`. */
  readonly url: string;
  /** Schema for every pooled connection's `search_path`, created if missing (tests isolate by it). */
  readonly schema?: string | undefined;
  /** How long opening a connection may take before it fails; 10 s when absent. */
  readonly connectTimeoutMs?: number | undefined;
  /** Told when an idle pooled connection breaks; the pool drops it and opens another. */
  readonly onIdleClientError?: ((error: Error) => void) | undefined;
}

/** The oldest server supported: PostgreSQL 15. */
const minimumServerVersion = 150_000;

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

const isEngineError = (error: unknown): error is EngineErrorLike =>
  error instanceof PgProtocolError;

/** Startup `options` pinning the shared session settings (and the schema). */
function startupOptions(urlOptions: string | null, schema: string | undefined): string {
  const settings =
    schema === undefined ? sessionSettings : [...sessionSettings, ['search_path', schema]];
  const pinned = settings.map(([name, value]) => `-c ${name}=${value.replaceAll(' ', '\\ ')}`);
  return [...(urlOptions === null ? [] : [urlOptions]), ...pinned].join(' ');
}

/** pg lets `options` in the URL replace the config's, so lift them out and merge them. */
function splitUrlOptions(url: string): { connectionString: string; urlOptions: string | null } {
  if (!/[?&]options=/.test(url)) return { connectionString: url, urlOptions: null };
  const parsed = new URL(url);
  const urlOptions = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  return { connectionString: parsed.toString(), urlOptions };
}

async function runQuery(
  client: Pool | PoolClient,
  sql: string,
  params: readonly WireParam[],
): Promise<EngineRow[]> {
  // Always the extended protocol, as on PGlite: several statements in one query are refused.
  const config = { text: sql, values: [...params], queryMode: 'extended' };
  return (await client.query<EngineRow>(config)).rows;
}

/**
 * One connection runs one statement at a time: statements that code inside a transaction starts
 * together (`Promise.all`) are queued here in the order they were started, instead of inside `pg`,
 * which deprecates queueing on a busy client.
 */
function clientSession(client: PoolClient): EngineSession {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const next = previous.then(run, run);
    previous = next.catch(() => undefined);
    return next;
  };
  return {
    query: (sql, params) => inTurn(() => runQuery(client, sql, params)),
    exec: (sql) =>
      inTurn(async () => {
        await client.query(sql);
      }),
  };
}

async function transaction<T>(pool: Pool, fn: (session: EngineSession) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // A connection that failed outside PostgreSQL's own error handling is not given back.
  let broken: Error | undefined;
  const control = async (sql: string): Promise<string> => {
    try {
      return (await client.query(sql)).command;
    } catch (error) {
      if (!isEngineError(error)) broken = error instanceof Error ? error : new Error(String(error));
      throw error;
    }
  };
  try {
    await control('BEGIN');
    let result: T;
    try {
      result = await fn(clientSession(client));
    } catch (error) {
      await control('ROLLBACK').catch(() => undefined);
      throw error;
    }
    if ((await control('COMMIT')) === 'ROLLBACK') {
      // Same error as PGlite's TransactionAbortedError: a statement failed and fn carried on.
      throw new DatabaseError('Transaction was rolled back instead of committed', {
        code: sqlState.inFailedTransaction,
        severity: 'ERROR',
      });
    }
    return result;
  } finally {
    client.release(broken);
  }
}

async function prepare(pool: Pool, schema: string | undefined): Promise<void> {
  const [server] = (
    await pool.query<{ version: number }>(
      "select current_setting('server_version_num')::int4 as version",
    )
  ).rows;
  if (server === undefined || server.version < minimumServerVersion) {
    throw new Error(`PostgreSQL ${String(server?.version)} is too old: medbill needs 15 or later`);
  }
  if (schema === undefined) return;
  // Checked first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when it exists.
  const found = await pool.query('select 1 from pg_namespace where nspname = $1', [schema]);
  if (found.rowCount !== 0) return;
  try {
    await pool.query(`create schema if not exists ${schema}`);
  } catch (error) {
    // Another process created it at the same moment (a unique violation in pg_namespace).
    const raced = isEngineError(error) && ['23505', '42P06'].includes(error.code ?? '');
    if (!raced) throw error;
  }
}

/**
 * Opens a pool on a PostgreSQL 15+ server. Type parsers are set on this pool only.
 *
 * @example
 * ```ts
 * const db = await openPgDatabase({ url: 'postgres://medbill@db.internal:5432/medbill' });
 * ```
 */
export async function openPgDatabase(options: PgDatabaseOptions): Promise<Database> {
  const { schema, onIdleClientError } = options;
  if (schema !== undefined && !schemaPattern.test(schema)) {
    throw new TypeError(
      `Schema name ${JSON.stringify(schema)} must match ${String(schemaPattern)}`,
    );
  }
  const { connectionString, urlOptions } = splitUrlOptions(options.url);
  const pool = new Pool({
    connectionString,
    options: startupOptions(urlOptions, schema),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) =>
        format === 'binary'
          ? (pgTypes.getTypeParser(oid, format) as (value: string) => unknown)
          : typeParser(oid),
    },
  });
  // Without a listener a broken idle connection would crash the process.
  pool.on('error', (error) => onIdleClientError?.(error));
  try {
    await prepare(pool, schema);
  } catch (error) {
    await pool.end();
    throw isEngineError(error) ? fromEngineError(error) : error;
  }
  return createDatabase({
    kind: 'postgres',
    query: (sql, params) => runQuery(pool, sql, params),
    async exec(sql) {
      await pool.query(sql);
    },
    transaction: (fn) => transaction(pool, fn),
    close: () => pool.end(),
    isEngineError,
  });
}
