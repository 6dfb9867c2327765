import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/open-database.ts';
import { postgresAvailable, testDatabaseUrl } from './targets.ts';

describe('openDatabase', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'medbill-db-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps PGlite data in dataDir (created if missing) across close and reopen', async () => {
    const dataDir = join(folder, 'nested', 'data');
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await first.exec('create table kept (id int8 primary key, seen date not null)');
    await first.query('insert into kept values ($1, $2)', [7, '2025-06-30']);
    await first.close();

    const again = await openDatabase({ databaseUrl: '', dataDir });
    try {
      expect(await again.query('select id, seen from kept')).toStrictEqual([
        { id: 7, seen: '2025-06-30' },
      ]);
    } finally {
      await again.close();
    }
  });

  it.skipIf(!postgresAvailable)('uses the server when databaseUrl is set', async () => {
    const db = await openDatabase({
      databaseUrl: testDatabaseUrl,
      dataDir: join(folder, 'unused'),
    });
    try {
      expect(db.kind).toBe('postgres');
      expect(await db.query('select 1::int8 as one')).toStrictEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it.skipIf(!postgresAvailable)('keeps options given in the URL beside its own', async () => {
    const url = new URL(testDatabaseUrl);
    url.searchParams.set('options', '-c statement_timeout=5s -c TimeZone=Asia/Tokyo');
    const db = await openDatabase({ databaseUrl: url.toString(), dataDir: folder });
    try {
      const rows = await db.query(
        "select current_setting('statement_timeout') as timeout, current_setting('TimeZone') as tz",
      );
      expect(rows).toStrictEqual([{ timeout: '5s', tz: 'UTC' }]);
    } finally {
      await db.close();
    }
  });
});
