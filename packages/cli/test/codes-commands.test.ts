import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const main = join(import.meta.dirname, '../src/main.ts');
const codesets =
  process.env.MEDBILL_CODESETS_DIR ?? join(import.meta.dirname, '../../../../shared/codesets');
const dataDir = mkdtempSync(join(tmpdir(), 'medbill-codes-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function medbill(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], {
    env: { ...process.env, MEDBILL_DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!existsSync(codesets))('medbill codes', () => {
  it('says plainly how to load code sets before any are loaded', () => {
    const result = medbill('codes', 'search', 'htn');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('medbill codes import');
  });

  it('imports published files once, and says so the second time', () => {
    const first = medbill(
      'codes',
      'import',
      join(codesets, 'pos'),
      join(codesets, 'taxonomy'),
      '--json',
    );
    expect(first.status, first.stderr).toBe(0);
    const imported = JSON.parse(first.stdout) as {
      changed: boolean;
      releases: { system: string; entries: number }[];
    };
    expect(imported.changed).toBe(true);
    expect(imported.releases).toEqual([
      expect.objectContaining({ system: 'taxonomy', entries: 883 }),
      expect.objectContaining({ system: 'pos', entries: 50 }),
    ]);
    const again = medbill('codes', 'import', join(codesets, 'pos'));
    expect(again.stdout).toContain('already imported; nothing changed');
    expect(JSON.parse(medbill('codes', 'releases', '--json').stdout)).toHaveLength(2);
  });

  it('refuses files that are no release file, changing nothing', () => {
    const result = medbill('codes', 'import', join(codesets, 'PROVENANCE.md'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('None of these files is a code-set release file');
    expect(JSON.parse(medbill('codes', 'releases', '--json').stdout)).toHaveLength(2);
  });
});
