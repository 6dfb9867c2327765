import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encoderSearch } from '@medbill/codes';
import type { Database } from '@medbill/db';
import { openPgliteDatabase } from '../../db/src/pglite-database.ts';
import { CodeSetCatalog } from '../src/services/code-set-catalog.ts';
import { importCodeSetPaths } from '../src/services/code-set-import.ts';
import { startTestApi } from './test-app.ts';
import type { TestApi } from './test-app.ts';

const codesets =
  process.env.MEDBILL_CODESETS_DIR ?? join(import.meta.dirname, '../../../../shared/codesets');
const available = existsSync(codesets);
if (!available)
  console.log(`codes API test: no code sets at ${codesets}; skipping (set MEDBILL_CODESETS_DIR)`);

describe.skipIf(!available)('code sets through the API (PGlite)', () => {
  let db: Database;
  let api: TestApi;
  const catalog = new CodeSetCatalog();

  beforeAll(async () => {
    db = await openPgliteDatabase();
    api = await startTestApi(db, catalog);
    const first = await importCodeSetPaths(db, catalog, [codesets]);
    expect(first.changed).toBe(true);
  }, 180_000);
  afterAll(async () => {
    await api?.app.close();
    await db?.close();
  });

  const get = async (url: string) => {
    const response = await api.app.inject({ method: 'GET', url });
    return {
      status: response.statusCode,
      body: JSON.parse(response.body) as Record<string, unknown>,
    };
  };

  it('lists every release with its period', async () => {
    const { body } = await get('/codes/releases');
    const releases = body.releases as { system: string; version: string; effectiveFrom: string }[];
    expect(releases.filter((r) => r.system === 'icd10cm').map((r) => r.version)).toEqual([
      'FY2021-01',
      'FY2025',
      'FY2026',
    ]);
    expect(releases.map((r) => r.system)).toEqual(
      expect.arrayContaining(['hcpcs', 'pfs', 'mue', 'aoc', 'taxonomy', 'pos', 'carc', 'rarc']),
    );
  });

  it.each([
    ['type 2 diabetes with diabetic ckd stage 3', 'icd10cm', 'E11.22'],
    ['copd exacerbation', 'icd10cm', 'J44.1'],
    ['htn', 'icd10cm', 'I10'],
    ['pneumonia', 'icd10cm', 'J18.9'],
    ['uti', 'icd10cm', 'N39.0'],
    ['wheelchair', 'hcpcs', undefined],
    ['E11.2', 'icd10cm', 'E11.2'],
  ])('finds "%s"', async (q, system, first) => {
    const { status, body } = await get(
      `/codes/search?q=${encodeURIComponent(q)}&system=${system}&date=2026-01-15`,
    );
    expect(status).toBe(200);
    const hits = body.hits as {
      display: string;
      title: string;
      billable: boolean;
      system: string;
    }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.system === system)).toBe(true);
    if (first) expect(hits[0]?.display).toBe(first);
    else expect(hits[0]?.title.toLowerCase()).toContain(q);
  });

  it('says how to reach a billable code from a heading, and that a DOS outside every release cannot be checked', async () => {
    const heading = (await get('/codes/search?q=S52.5&system=icd10cm&date=2026-01-15&limit=1')).body
      .hits as { billable: boolean; hint: string }[];
    expect(heading[0]?.billable).toBe(false);
    expect(heading[0]?.hint).toContain('7th character');
    const beyond = (await get('/codes/search?q=I10&date=2027-01-15&limit=1')).body.hits as {
      billable: boolean;
      hint: string;
    }[];
    expect(beyond[0]?.billable).toBe(false);
    expect(beyond[0]?.hint).toMatch(/No ICD-10-CM release loaded covers the date of service/);
  });

  it('shows a diagnosis with its inherited notes and a procedure with its Medicare allowed amount', async () => {
    const dx = (await get('/codes/icd10cm/E11.22?date=2026-01-15')).body as {
      display: string;
      notes: { kind: string; at: string }[];
    };
    expect(dx.display).toBe('E11.22');
    expect(dx.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'useAdditionalCode', at: 'E11.22' }),
        expect.objectContaining({ kind: 'excludes1', at: 'E11' }),
      ]),
    );
    const px = (await get('/codes/cpt/99213?date=2025-12-01&locality=01112-05')).body as {
      medicareAllowed: { nonFacility: { amount: number } };
      feeSchedule: { rows: { globalDays: string }[] };
    };
    expect(px.medicareAllowed.nonFacility.amount).toBe(10915);
    expect(px.feeSchedule.rows[0]?.globalDays).toBe('XXX');
    expect((await get('/codes/cpt/E0100')).status).toBe(422);
  });

  it('answers for ICD-10-PCS: both fiscal years, a code on a date, a heading, a code deleted', async () => {
    const releases = (await get('/codes/releases')).body.releases as {
      system: string;
      version: string;
      entries: number;
    }[];
    expect(releases.filter((r) => r.system === 'icd10pcs')).toEqual([
      expect.objectContaining({ version: 'FY2025', entries: 79_856 }),
      expect.objectContaining({ version: 'FY2026', entries: 80_029 }),
    ]);
    const px = await get('/codes/icd10pcs/0dtj4zz?date=2026-01-15');
    expect(px.status).toBe(200);
    expect(px.body).toMatchObject({
      system: 'icd10pcs',
      code: '0DTJ4ZZ',
      validForSubmission: true,
      table: { code: '0DT', title: 'Gastrointestinal System, Resection' },
      lookup: { longTitle: 'Resection of Appendix, Percutaneous Endoscopic Approach' },
    });
    const heading = (await get('/codes/icd10pcs/0DT?date=2026-01-15')).body;
    expect(heading).toMatchObject({ validForSubmission: false, codesUnder: { count: 106 } });
    const deleted = (await get('/codes/icd10pcs/X2A5312?date=2026-01-15')).body;
    expect(deleted).toMatchObject({ validForSubmission: false, lookup: { reason: 'deleted' } });
    const bad = await get('/codes/icd10pcs/0DTI4ZZ');
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('params.code');
  });

  it('searches ICD-10-PCS when asked, and keeps it out of diagnosis search otherwise', async () => {
    type Hit = { system: string; code: string; title: string; billable: boolean };
    const hits = async (query: string) =>
      (await get(`/codes/search?date=2026-01-15&${query}`)).body.hits as Hit[];
    const everyday = await hits('q=knee%20replacement');
    expect(everyday.length).toBeGreaterThan(0);
    expect(everyday.some((h) => h.system === 'icd10pcs')).toBe(false);
    const inpatient = await hits('q=knee%20replacement&system=icd10pcs');
    expect(inpatient.length).toBeGreaterThan(0);
    expect(inpatient.every((h) => h.system === 'icd10pcs')).toBe(true);
    expect(inpatient[0]?.title).toMatch(/Replacement of .*Knee/);
    const typed = await hits('q=0DTJ4ZZ');
    expect(typed[0]).toMatchObject({ system: 'icd10pcs', code: '0DTJ4ZZ', billable: true });
  });

  it('imports the same files again without change, and a new server loads the snapshot fast', async () => {
    const again = await importCodeSetPaths(db, catalog, [join(codesets, 'pos')]);
    expect(again.changed).toBe(false);
    const fresh = new CodeSetCatalog();
    const started = performance.now();
    expect(await fresh.loadLatest(db)).toBe(true);
    fresh.prepareSearch();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `code sets loaded from the snapshot and the encoder index built in ${seconds.toFixed(2)} s`,
    );
    expect(fresh.loaded?.releases).toEqual(catalog.loaded?.releases);
    const encoder = fresh.loaded?.encoder;
    const [pcs] = encoder
      ? encoderSearch(encoder, 'resection appendix', { system: 'icd10pcs' })
      : [];
    expect(pcs?.code).toMatch(/^0DTJ/);
  }, 60_000);
});

describe('code sets not loaded', () => {
  it('explains how to load them', async () => {
    const db = await openPgliteDatabase();
    const api = await startTestApi(db);
    try {
      const response = await api.app.inject({ method: 'GET', url: '/codes/search?q=htn' });
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('medbill codes import');
    } finally {
      await api.app.close();
      await db.close();
    }
  });
});
