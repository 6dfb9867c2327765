import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite, messages, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { AutoAnalyze } from './auto-analyze.ts';
import { createDatabase, type EngineRow, type EngineSession } from './create-database.ts';
import type { Database } from './database.ts';
import type { EngineErrorLike } from './errors.ts';
import { sessionSettings } from './session-settings.ts';
import { typeParser } from './type-parsers.ts';

export interface PgliteDatabaseOptions {
  /** Folder holding the data (created if missing); in memory when absent. */
  readonly dataDir?: string | undefined;
}

const passText = (value: unknown): string => String(value);

/**
 * Replaces every parser and serializer PGlite set up (including the array ones it registers at
 * start) with the shared table, so that rows and parameters match the PostgreSQL server exactly.
 */
function installTypeHandling(pglite: PGlite): void {
  for (const key of Object.keys(pglite.parsers)) {
    pglite.parsers[key] = typeParser(Number(key));
  }
  // Parameters arrive already as PostgreSQL text (sql-params.ts): pass them through untouched.
  for (const key of Object.keys(pglite.serializers)) {
    pglite.serializers[key] = passText;
  }
}

function transactionSession(tx: PgliteTransaction): EngineSession {
  return {
    async query(sql, params) {
      return (await tx.query<EngineRow>(sql, [...params])).rows;
    },
    async exec(sql) {
      await tx.exec(sql);
    },
  };
}

/**
 * Wraps a PGlite instance the caller created (with extensions, or loaded from a dump). The
 * returned database owns it: `close()` closes the instance.
 */
export async function pgliteDatabase(pglite: PGlite): Promise<Database> {
  try {
    await pglite.waitReady;
    installTypeHandling(pglite);
    await pglite.exec(sessionSettings.map(([name, value]) => `SET ${name} = '${value}';`).join(''));
  } catch (error) {
    await pglite.close().catch(() => undefined);
    throw error;
  }
  const statistics = new AutoAnalyze(async () => {
    await pglite.exec('ANALYZE');
  });
  return createDatabase({
    kind: 'pglite',
    async query(sql, params) {
      return (await pglite.query<EngineRow>(sql, [...params])).rows;
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    // PGlite runs one statement at a time: a transaction holds the instance until it ends.
    transaction: async (fn) => {
      try {
        return await pglite.transaction((tx) => fn(transactionSession(tx)));
      } finally {
        statistics.afterTransaction();
      }
    },
    close: () => {
      statistics.close();
      return pglite.close();
    },
    isEngineError: (error): error is EngineErrorLike => error instanceof messages.DatabaseError,
  });
}

/**
 * Opens the embedded PostgreSQL (PGlite), the default engine: data in `dataDir`, or in memory.
 *
 * @example
 * ```ts
 * const db = await openPgliteDatabase({ dataDir: '.medbill/data' });
 * ```
 */
export async function openPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<Database> {
  if (options.dataDir === undefined) return pgliteDatabase(await PGlite.create());
  if (options.dataDir.trim() === '') throw new TypeError('dataDir is empty: give a folder');
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  return pgliteDatabase(await PGlite.create({ dataDir }));
}
