import { join } from 'node:path';
import type { Config } from './config.ts';

/** Where the copy of the newest code-set snapshot lives, read at start instead of the database's. */
export const snapshotCacheDir = (config: Config): string => join(config.dataDir, 'code-sets');
