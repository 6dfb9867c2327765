import type { Database } from './database.ts';
import { openPgDatabase } from './pg-database.ts';
import { openPgliteDatabase } from './pglite-database.ts';

export interface DatabaseConfig {
  /** A PostgreSQL 15+ server to use instead of the embedded engine; empty means unset. */
  readonly databaseUrl?: string | undefined;
  /** Folder for the embedded engine's data, used when there is no `databaseUrl`. */
  readonly dataDir: string;
}

/**
 * Opens the configured database: the PostgreSQL server at `databaseUrl` when set, otherwise
 * PGlite with its data in `dataDir`. The caller reads the environment and passes it in.
 *
 * @example
 * ```ts
 * const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
 * ```
 */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  const { databaseUrl, dataDir } = config;
  return databaseUrl !== undefined && databaseUrl !== ''
    ? openPgDatabase({ url: databaseUrl })
    : openPgliteDatabase({ dataDir });
}
