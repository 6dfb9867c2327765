import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@medbill/db';
import { databaseTargets } from '../../db/test/targets.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

/** One line of the import's NDJSON answer. */
interface StreamLine {
  readonly progress?: { step: string; done?: number; of?: number };
  readonly result?: Record<string, unknown>;
  readonly problem?: { status: number; errors: { path: string; code: string }[] };
}

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

  it('reports each phase as a line while it imports, then the result', async () => {
    const bytes = zipSync({
      'LONGULT.txt': new TextEncoder().encode('99214\tvisit of a known patient, moderate\n'),
      'README.txt': new TextEncoder().encode('the licence terms'),
    });
    api.role = 'admin';
    const answer = await api.app.inject({
      method: 'POST',
      url: '/codes/imports?fileName=cpt-2027.zip',
      headers: { 'content-type': 'application/zip', accept: 'application/x-ndjson' },
      payload: Buffer.from(bytes),
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = answer.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as StreamLine);
    const progress = lines.flatMap((line) => (line.progress ? [line.progress] : []));
    expect(progress.map((line) => line.step)).toEqual([
      'reading kept files',
      expect.stringMatching(/^ICD-10-CM/),
      'HCPCS and CPT',
      'fee schedule',
      'NCCI',
      'reference lists',
      'building the encoder index',
      'writing snapshot',
    ]);
    expect(progress.map((line) => line.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(progress.map((line) => line.of))).toEqual(new Set([8]));
    expect(lines.at(-1)?.result).toMatchObject({
      changed: true,
      newFiles: ['cpt-2027.zip/LONGULT.txt'],
      skipped: ['cpt-2027.zip/README.txt'],
    });
  });

  it('runs two uploads one after the other, so the second keeps the first release', async () => {
    const cpt = (line: string) => zipSync({ 'LONGULT.txt': new TextEncoder().encode(line) });
    const [first, second] = await Promise.all([
      upload('cpt-2028.zip', cpt('99215\tvisit of a known patient, high\n')),
      api.app.inject({
        method: 'POST',
        url: '/codes/imports?fileName=cpt-2029.zip',
        headers: { 'content-type': 'application/zip', accept: 'application/x-ndjson' },
        payload: Buffer.from(cpt('99212\tvisit of a known patient, straightforward\n')),
      }),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.body.split('\n')[0]).toBe(
      JSON.stringify({ progress: { step: 'waiting for another import to finish' } }),
    );
    const versions = catalog.loaded?.releases
      .filter((r) => r.system === 'cpt')
      .map((r) => r.version);
    expect(versions).toEqual(expect.arrayContaining(['CPT 2028', 'CPT 2029']));
  });

  it('ends the stream with the located problem when the import fails', async () => {
    api.role = 'admin';
    const answer = await api.app.inject({
      method: 'POST',
      url: '/codes/imports?fileName=notes.txt',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/x-ndjson' },
      payload: Buffer.from('not a release'),
    });
    const { problem } = JSON.parse(answer.body.trim().split('\n').at(-1) ?? '{}') as StreamLine;
    expect(problem?.status).toBe(422);
    expect(problem?.errors.map((e) => [e.path, e.code])).toEqual([['notes.txt', 'unknown_file']]);
  });

  it('says so when a zip is damaged', async () => {
    const refused = await upload('hcpcs-2026.zip', new TextEncoder().encode('PK not really'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ errors: { path: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ path: 'hcpcs-2026.zip', code: 'unreadable_archive' }),
    ]);
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
