import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

const cptFixture = join(import.meta.dirname, '../../codes/src/cpt/fixtures/cpt-2026/LONGULT.txt');

describe.each(databaseTargets().slice(0, 1))('code-set upload', (target) => {
  let db: Database;
  let api: TestApi;
  const catalog = new CodeSetCatalog();

  beforeAll(async () => {
    db = await target.open();
    api = await startTestApi(db, catalog);
  });
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const upload = (fileName: string, bytes: Uint8Array, role = 'admin' as const) => {
    api.role = role;
    return api.app.inject({
      method: 'POST',
      url: `/codes/imports?fileName=${encodeURIComponent(fileName)}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(bytes),
    });
  };

  it('imports a release sent as the bytes of its zip, once', async () => {
    // A licensee's CPT data files, zipped under the year's name (docs/code-sets.md).
    const bytes = zipSync({ 'LONGULT.txt': new Uint8Array(readFileSync(cptFixture)) });
    const first = await upload('cpt-2026.zip', bytes);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<{ changed: boolean }>().changed).toBe(true);
    expect(catalog.loaded?.releases.length).toBeGreaterThan(0);
    const again = await upload('cpt-2026.zip', bytes);
    expect(again.json<{ changed: boolean }>().changed).toBe(false);
  });

  it('refuses a file that is no release, changing nothing', async () => {
    const before = catalog.loaded?.snapshot;
    const refused = await upload('notes.docx', new TextEncoder().encode('not a release'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toMatch(/nothing was imported/);
    expect(catalog.loaded?.snapshot).toBe(before);
  });

  it('is for admins only', async () => {
    const refused = await upload('LONGULT.txt', new Uint8Array([1]), 'coder' as 'admin');
    expect(refused.statusCode).toBe(403);
    api.role = 'admin';
  });
});
