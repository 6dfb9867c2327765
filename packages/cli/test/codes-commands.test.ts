import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medbillWithDataDir } from './medbill-process.ts';

const codesets =
  process.env.MEDBILL_CODESETS_DIR ?? join(import.meta.dirname, '../../../../shared/codesets');
const { medbill } = medbillWithDataDir('medbill-codes-');

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
      releases: { system: string; version: string; entries: number }[];
    };
    expect(imported.changed).toBe(true);
    expect(imported.releases).toEqual([
      expect.objectContaining({ system: 'taxonomy', entries: 883 }),
      expect.objectContaining({ system: 'pos', version: 'tuva-2022', entries: 50 }),
      expect.objectContaining({ system: 'pos', version: 'tuva-2022+POS27', entries: 51 }),
      expect.objectContaining({ system: 'pos', version: 'tuva-2022+POS27+POS66', entries: 52 }),
    ]);
    const again = medbill('codes', 'import', join(codesets, 'pos'));
    expect(again.stdout).toContain('already imported; nothing changed');
    expect(JSON.parse(medbill('codes', 'releases', '--json').stdout)).toHaveLength(4);
  });

  it('refuses files that are no release file, changing nothing', () => {
    const result = medbill('codes', 'import', join(codesets, 'PROVENANCE.md'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('None of these files is a code-set release file');
    expect(JSON.parse(medbill('codes', 'releases', '--json').stdout)).toHaveLength(4);
  });
});

describe.skipIf(!existsSync(codesets))('medbill codes with ICD-10-PCS', () => {
  it('imports the CMS order file zip and shows and finds inpatient procedure codes', () => {
    const imported = medbill('codes', 'import', join(codesets, 'icd10pcs/fy2026'), '--json');
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      releases: expect.arrayContaining([
        expect.objectContaining({ system: 'icd10pcs', version: 'FY2026', entries: 80_029 }),
      ]) as unknown,
    });

    const shown = medbill('codes', 'show', '0dtj4zz', '--date', '2026-01-15');
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain(
      '0DTJ4ZZ (ICD-10-PCS) on 2026-01-15: valid for submission in FY2026: Resection of Appendix, Percutaneous Endoscopic Approach',
    );
    expect(shown.stdout).toContain('table 0DT: Gastrointestinal System, Resection');

    const found = medbill(
      'codes',
      'search',
      'resection appendix',
      '--system',
      'icd10pcs',
      '--date',
      '2026-01-15',
      '--json',
    );
    const hits = (JSON.parse(found.stdout) as { hits: { code: string; system: string }[] }).hits;
    expect(hits.map((h) => h.code)).toContain('0DTJ4ZZ');
    expect(hits.every((h) => h.system === 'icd10pcs')).toBe(true);
  });
});
