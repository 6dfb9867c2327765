import { describe, expect, it } from 'vitest';
import { MedbillError, isoDate } from '@medbill/core';
import { releaseOn } from '../common/release-periods.ts';
import { readSourceFiles, unwrap, type SourceFile } from '../source-files.ts';
import { importCarcRarc } from './carc-rarc.ts';
import { codesetsPath } from '../common/codesets-dir.ts';
import { importPlaceOfService } from './place-of-service.ts';
import { withCmsAdditions } from './place-of-service-additions.ts';
import { importTaxonomy } from './taxonomy.ts';

async function one(path: string): Promise<SourceFile> {
  const [file] = await readSourceFiles(codesetsPath(path));
  if (file === undefined) throw new Error(`missing ${path}`);
  return file;
}

const text = (name: string, content: string): SourceFile => {
  const [file] = unwrap(name, new TextEncoder().encode(content));
  if (file === undefined) throw new Error(name);
  return file;
};

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof MedbillError) return error.problems.map((p) => `${p.path} ${p.message}`);
    throw error;
  }
  return [];
};

describe('NUCC taxonomy 25.1', () => {
  it('reads 883 codes, effective 2025-07-01', async () => {
    const taxonomy = importTaxonomy(await one('taxonomy/nucc_taxonomy_251.csv'));
    expect(taxonomy.release).toMatchObject({
      system: 'taxonomy',
      version: '25.1',
      effectiveFrom: '2025-07-01',
    });
    expect(taxonomy.codes.size).toBe(883);
    expect(taxonomy.codes.get('207KA0200X')).toMatchObject({
      grouping: 'Allopathic & Osteopathic Physicians',
      classification: 'Allergy & Immunology',
      specialization: 'Allergy',
      displayName: 'Allergy Physician',
      section: 'Individual',
    });
    expect(taxonomy.codes.get('207Q00000X')?.classification).toBe('Family Medicine');
  });

  it('locates a bad code', () => {
    const file = text(
      'nucc_taxonomy_251.csv',
      'Code,Grouping,Classification,Specialization,Definition,Notes,Display Name,Section\r\n207Q0000,Group,Family Medicine,,,,,Individual\r\n',
    );
    expect(problemsOf(() => importTaxonomy(file))).toEqual([
      'nucc_taxonomy_251.csv:2:Code expected a 10-character taxonomy code ending in X, got "207Q0000"',
    ]);
  });
});

describe('place of service (Tuva copy, not a CMS file)', () => {
  it('reads 50 codes', async () => {
    const pos = importPlaceOfService(await one('pos/place_of_service_tuva_2022.csv'));
    expect(pos.release).toMatchObject({ system: 'pos', version: 'tuva-2022' });
    expect(pos.codes.size).toBe(50);
    expect(pos.codes.get('02')?.name).toBe("Telehealth (provided other than in patient's home)");
    expect(pos.codes.get('99')?.name).toBe('Other Place of Service');
    expect(pos.codes.has('27')).toBe(false); // added after 2022: missing from this list
  });

  it('adds the codes CMS created since, each from its effective date', async () => {
    const lists = withCmsAdditions(
      importPlaceOfService(await one('pos/place_of_service_tuva_2022.csv')),
    );
    expect(lists.map((l) => [l.release.version, l.release.effectiveFrom, l.codes.size])).toEqual([
      ['tuva-2022', '2022-01-01', 50],
      ['tuva-2022+POS27', '2023-10-01', 51],
      ['tuva-2022+POS27+POS66', '2024-08-01', 52],
    ]);
    expect(releaseOn(lists, isoDate('2023-09-30'))?.codes.has('27')).toBe(false);
    expect(releaseOn(lists, isoDate('2023-10-01'))?.codes.get('27')?.name).toBe(
      'Outreach Site/Street',
    );
    expect(releaseOn(lists, isoDate('2026-04-15'))?.codes.has('66')).toBe(true);
  });

  it('adds nothing to a list newer than the additions', () => {
    const file = text('pos.csv', 'place_of_service_code,description\n27,Outreach Site/Street\n');
    const lists = withCmsAdditions(
      importPlaceOfService(file, { effectiveFrom: isoDate('2025-01-01') }),
    );
    expect(lists).toHaveLength(1);
  });

  it('locates a bad code', () => {
    const file = text('pos.csv', 'place_of_service_code,description\n1,Pharmacy\n');
    expect(problemsOf(() => importPlaceOfService(file))).toEqual([
      'pos.csv:2:place_of_service_code expected a 2-digit code, got "1"',
    ]);
  });
});

describe('CARC and RARC (x12.org scrape of 2026-08-17)', () => {
  it('reads 407 CARC (297 current) and 1,216 RARC (1,137 current)', async () => {
    const { carc, rarc } = importCarcRarc(await one('x12/x12_carc_rarc_2026-08-17.json'));
    expect(carc.release).toMatchObject({ system: 'carc', effectiveFrom: '2026-08-17' });
    expect(carc.codes.size).toBe(407);
    expect([...carc.codes.values()].filter((code) => code.status === 'current').length).toBe(297);
    expect(rarc.codes.size).toBe(1216);
    expect([...rarc.codes.values()].filter((code) => code.status === 'current').length).toBe(1137);
    expect(carc.codes.get('1')).toEqual({
      code: '1',
      description: 'Deductible Amount',
      status: 'current',
    });
    expect(carc.codes.get('15')?.status).toBe('deactivated');
    expect(rarc.codes.get('M1')?.status).toBe('current');
  });

  it('locates a bad entry by line and JSON path', () => {
    const json =
      '{\n "source": { "retrievedAt": "2026-08-17" },\n "carc": {\n  "1": { "text": "Deductible Amount", "status": "current" },\n  "2": { "text": "", "status": "retired" }\n },\n "rarc": {}\n}\n';
    expect(problemsOf(() => importCarcRarc(text('x12.json', json)))).toEqual([
      'x12.json:5:carc.2.text expected a description',
      'x12.json:5:carc.2.status expected "current" or "deactivated", got "retired"',
    ]);
  });
});
