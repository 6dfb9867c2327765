import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSetsSnapshot, search, snapshotCodeSets } from '@medbill/codes';
import { isoDate } from '@medbill/core';
import type { Database } from '@medbill/db';
import {
  defaultMigrationsDir,
  latestCodeSetSnapshotRecord,
  migrate,
  saveCodeSetSnapshot,
} from '@medbill/db';
import { openPgliteDatabase } from '../../db/src/pglite-database.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';
import { importCodeSetPaths } from '../src/services/code-set-import.ts';
import { encoderHit, procedureDetail } from '../src/services/code-views.ts';

/** Invented CPT descriptors in the AMA's layout (test data, not AMA text), in a `cpt-2026` folder. */
const cptFixture = join(import.meta.dirname, '../../codes/src/cpt/fixtures/cpt-2026');

describe('code-set catalog: snapshot with its encoder, file cache, CPT descriptors', () => {
  let db: Database;
  const cache = mkdtempSync(join(tmpdir(), 'medbill-snapshot-cache-'));
  const catalog = new CodeSetCatalog();
  beforeAll(async () => {
    db = await openPgliteDatabase();
    await migrate(db, { dir: defaultMigrationsDir });
    const imported = await importCodeSetPaths(db, catalog, [cptFixture]);
    expect(imported.releases).toEqual([
      expect.objectContaining({ system: 'cpt', version: 'CPT 2026', entries: 4 }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    rmSync(cache, { recursive: true, force: true });
  });

  it('names a CPT year by the folder imported, and stores the encoder in the snapshot', async () => {
    const record = await latestCodeSetSnapshotRecord(db);
    const stored = await db.query<{ bytes: Uint8Array }>(
      'select bytes from code_set_snapshots where sha256 = $1',
      [record?.sha256 ?? ''],
    );
    const { codeSets, encoder } = loadCodeSetsSnapshot(stored[0]!.bytes);
    expect(codeSets.cpt?.releases[0]?.release.sources.map((s) => s.name)).toEqual([
      'cpt-2026/LONGULT.txt',
      'cpt-2026/MEDU.txt',
      'cpt-2026/SHORTU.txt',
    ]);
    expect(encoder?.index.codes).toEqual(['0001U', '0042T', '27447', '99213']);
  });

  it('answers CPT searches and details with the licensee’s descriptors', () => {
    const loaded = catalog.loaded!;
    const [hit] = search(loaded.index, 'knee arthroplasty');
    const dos = isoDate('2026-05-04');
    expect(encoderHit(loaded.codeSets, 'cpt', hit!, dos)).toMatchObject({
      code: '27447',
      title: 'TEST long text: knee arthroplasty with replacement of both condyles',
      billable: true,
    });
    const detail = procedureDetail(loaded.codeSets, '27447', dos, undefined);
    expect(detail.cpt?.release).toBe('CPT 2026');
    expect(detail.cpt?.descriptor?.short).toBe('TEST KNEE ARTHROPLASTY');
    expect(procedureDetail(loaded.codeSets, '99215', dos, undefined).cpt).toEqual({
      release: 'CPT 2026',
      descriptor: null,
    });
  });

  it('reads the snapshot from its cached copy, and fetches it again when the copy is damaged', async () => {
    const first = new CodeSetCatalog({ snapshotCache: cache });
    expect(await first.loadLatest(db)).toBe(true);
    const [file] = readdirSync(cache);
    expect(file).toBe(`${first.loaded?.snapshot}.mbcs`);
    // Kept inflated, so that a start does not gunzip it.
    expect(readFileSync(join(cache, file!)).subarray(0, 5).toString()).toBe('MBCS1');
    writeFileSync(join(cache, file!), 'not a snapshot');
    const second = new CodeSetCatalog({ snapshotCache: cache });
    expect(await second.loadLatest(db)).toBe(true);
    expect(search(second.loaded!.index, '27447')[0]?.code).toBe('27447');
    expect(readdirSync(cache)).toEqual([file]);
  });

  it('gives a snapshot written without an encoder one, once, and stores it', async () => {
    const plain = snapshotCodeSets(catalog.loaded!.codeSets);
    await saveCodeSetSnapshot(db, { ...plain, summary: { releases: catalog.loaded!.releases } });
    const upgrading = new CodeSetCatalog();
    expect(await upgrading.loadLatest(db)).toBe(true);
    const latest = await latestCodeSetSnapshotRecord(db);
    expect(latest?.sha256).not.toBe(plain.sha256);
    expect(latest?.sha256).toBe(upgrading.loaded?.snapshot);
    expect(search(upgrading.loaded!.index, 'cerebral perfusion')[0]?.code).toBe('0042T');
  });

  it('decodes what a search needs after listening, the other stores later, then says so', async () => {
    const started = new CodeSetCatalog({ snapshotCache: cache });
    expect(await started.loadLatest(db)).toBe(true);
    const codeSets = started.loaded!.codeSets;
    const decoded = (store: string) =>
      Object.getOwnPropertyDescriptor(codeSets, store)?.get === undefined;
    expect(decoded('cpt')).toBe(false);
    let finished = false;
    const done = new Promise<void>((resolve) =>
      started.warmUp({
        restAfterMs: 100,
        then: () => {
          finished = true;
          resolve();
        },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([decoded('cpt'), finished]).toEqual([false, false]);
    await done;
    expect(decoded('cpt')).toBe(true);
  });

  it('reads the cached copy while the database opens, and only if it is the current snapshot', async () => {
    const latest = await latestCodeSetSnapshotRecord(db);
    const copy = `${latest?.sha256}.mbcs`;
    // A copy named for another snapshot (an older one, say) is read ahead but not used.
    const other = `${'a'.repeat(64)}.mbcs`;
    renameSync(join(cache, copy), join(cache, other));
    const stale = new CodeSetCatalog({ snapshotCache: cache });
    stale.prefetch();
    expect(await stale.loadLatest(db)).toBe(true);
    expect(stale.loaded?.snapshot).toBe(latest?.sha256);
    expect(readdirSync(cache)).toEqual([copy]);

    const queries: string[] = [];
    const watched = {
      query: <Row extends object>(sql: string, params?: readonly unknown[]) => {
        queries.push(sql);
        return db.query<Row>(sql, params as Parameters<Database['query']>[1]);
      },
    };
    const current = new CodeSetCatalog({ snapshotCache: cache });
    current.prefetch();
    expect(await current.loadLatest(watched)).toBe(true);
    expect(current.loaded?.snapshot).toBe(latest?.sha256);
    expect(queries.some((sql) => /\bbytes\b/.test(sql))).toBe(false);
    expect(search(current.loaded!.index, 'knee arthroplasty')[0]?.code).toBe('27447');
  });
});
