import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/database.ts';
import { defaultMigrationsDir, migrate } from '../src/migrate.ts';
import {
  importedCodeSetFiles,
  loadCodeSetFiles,
  loadLatestCodeSetSnapshot,
  saveCodeSetFile,
  saveCodeSetSnapshot,
} from '../src/repositories/code-set-snapshots.ts';
import { databaseTargets } from './targets.ts';

describe.each(databaseTargets())('code-set snapshots on $name', (target) => {
  let db: Database;
  beforeAll(async () => {
    if (!target.available) return;
    db = await target.open();
    await migrate(db, { dir: defaultMigrationsDir });
  });
  afterAll(async () => {
    await db?.close();
  });

  it.skipIf(!target.available)('stores bytes exactly and returns the newest snapshot', async () => {
    expect(await loadLatestCodeSetSnapshot(db)).toBeUndefined();
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    await saveCodeSetSnapshot(db, {
      sha256: 'a'.repeat(64),
      summary: { releases: 1 },
      bytes: new Uint8Array([1, 2, 3]),
    });
    await saveCodeSetSnapshot(db, { sha256: 'b'.repeat(64), summary: { releases: 2 }, bytes });
    const latest = await loadLatestCodeSetSnapshot(db);
    expect(latest?.summary).toEqual({ releases: 2 });
    expect(latest?.byteSize).toBe(70_000);
    expect(Buffer.from(latest?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
  });

  it.skipIf(!target.available)('keeps imported files by hash, once, with their bytes', async () => {
    const file = {
      sha256: 'c'.repeat(64),
      name: 'icd10cm-order-2026.txt',
      kind: 'icd10cm',
      byteSize: 3,
      gzipped: new Uint8Array([31, 139, 8]),
    };
    await saveCodeSetFile(db, file);
    await saveCodeSetFile(db, { ...file, name: 'renamed.txt' });
    expect(await importedCodeSetFiles(db, [file.sha256, 'd'.repeat(64)])).toEqual(
      new Set([file.sha256]),
    );
    const [kept] = await loadCodeSetFiles(db);
    expect(kept?.name).toBe('icd10cm-order-2026.txt');
    expect([...(kept?.gzipped ?? [])]).toEqual([31, 139, 8]);
  });
});
