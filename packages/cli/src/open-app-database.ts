import { join } from 'node:path';
import { defaultMigrationsDir, migrate, openDatabase } from '@medbill/db';
import type { Database } from '@medbill/db';
import type { Config } from './config.ts';

/** Opens the configured database and brings its schema up to date (refusing on a mismatch). */
export async function openAppDatabase(
  config: Config,
): Promise<{ db: Database; applied: { version: number; name: string }[] }> {
  const db = await openDatabase({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    dataDir: join(config.dataDir, 'db'),
  });
  try {
    const result = await migrate(db, { dir: defaultMigrationsDir });
    return { db, applied: result.applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}
