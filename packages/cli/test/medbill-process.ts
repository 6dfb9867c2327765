import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const main = join(import.meta.dirname, '../src/main.ts');

/**
 * The `medbill` command run as a child process on the embedded database in a data folder of its
 * own, removed after the test file; `env` adds to (or blanks) the variables it inherits.
 */
export function medbillWithDataDir(prefix: string, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const medbill = (...args: string[]) => {
    const result = spawnSync(process.execPath, [main, ...args], {
      env: { ...process.env, MEDBILL_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return { medbill, dataDir };
}
