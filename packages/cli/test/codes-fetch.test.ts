import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_MANIFEST } from '@medbill/codes';

const main = join(import.meta.dirname, '../src/main.ts');
const codesets =
  process.env.MEDBILL_CODESETS_DIR ?? join(import.meta.dirname, '../../../../shared/codesets');
const dir = mkdtempSync(join(tmpdir(), 'medbill-fetch-'));

/** `medbill` run without blocking this process, which serves the downloads meanwhile. */
function medbill(dataDir: string, ...args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [main, ...args], {
      env: { ...process.env, MEDBILL_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe.skipIf(!existsSync(codesets))('medbill codes fetch', () => {
  let server: Server;
  let mirror: string;
  const manifest = join(dir, 'releases.json');
  beforeAll(async () => {
    const taxonomy = readFileSync(join(codesets, 'taxonomy/nucc_taxonomy_251.csv'));
    const corrupted = Uint8Array.from(taxonomy);
    corrupted[taxonomy.length - 10] = 0x21;
    const files = new Map<string, Uint8Array>([
      ['/good/www.nucc.org/images/stories/CSV/nucc_taxonomy_251.csv', taxonomy],
      ['/bad/www.nucc.org/images/stories/CSV/nucc_taxonomy_251.csv', corrupted],
    ]);
    server = createServer((request, response) => {
      const body = files.get(request.url ?? '');
      response.writeHead(body ? 200 : 404).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(
      manifest,
      JSON.stringify(RELEASE_MANIFEST.filter((entry) => entry.system === 'taxonomy')),
    );
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `codes fetch` of the test manifest from one of the mirror's folders, into its own data folder. */
  const fetchFrom = (folder: string, ...options: string[]) =>
    medbill(
      join(dir, folder),
      'codes',
      'fetch',
      '--manifest',
      manifest,
      '--mirror',
      `${mirror}/${folder}`,
      ...options,
    );

  it('downloads, verifies and imports the releases of a manifest', async () => {
    const result = await fetchFrom('good', '--json');
    expect(result.status, result.stderr).toBe(0);
    const imported = JSON.parse(result.stdout) as {
      changed: boolean;
      releases: { system: string; entries: number }[];
      unverified: string[];
    };
    expect(imported.changed).toBe(true);
    expect(imported.releases).toEqual([
      expect.objectContaining({ system: 'taxonomy', entries: 883 }),
    ]);
    expect(imported.unverified).toEqual([]);
  });

  it('refuses a corrupted download with the file and both hashes, importing nothing', async () => {
    const result = await fetchFrom('bad');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Downloaded files are not the releases the manifest names; nothing was imported.',
    );
    expect(result.stderr).toMatch(
      /nucc_taxonomy_251\.csv: SHA-256 [0-9a-f]{64}, expected f824bb50c01b721b/,
    );
    const releases = await medbill(join(dir, 'bad'), 'codes', 'releases', '--json');
    expect(JSON.parse(releases.stdout)).toEqual([]);
  });
});
