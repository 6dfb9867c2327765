import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import { procedureFacts } from '../facts/procedure-facts.ts';
import { kindOf } from '../load/classify-files.ts';
import {
  loadCodeSetsSnapshot,
  snapshotCodeSets,
  summarizeReleases,
} from '../load/code-set-snapshot.ts';
import { encoderDocuments } from '../search/search-documents.ts';
import { buildSearchIndex } from '../search/search-index.ts';
import { search } from '../search/search.ts';
import { readSourceFiles, type SourceFile } from '../source-files.ts';
import { cptYearFromName, importCptDescriptors } from './cpt-descriptors.ts';

/** Invented descriptors in the AMA's layout (fixtures/README.md): test data, not AMA text. */
const fixture = async () =>
  (await readSourceFiles(join(import.meta.dirname, 'fixtures/cpt-2026'))).map((file) => ({
    ...file,
    name: `cpt-2026/${file.name}`,
  }));

const text = (name: string, content: string): SourceFile => ({
  name,
  bytes: new TextEncoder().encode(content),
  sha256: name,
});

describe('CPT descriptor files (LONGULT / MEDU / SHORTU)', () => {
  it('are recognised by name, in any folder or zip', () => {
    expect(kindOf('cpt-2026/LONGULT.txt')).toBe('cpt');
    expect(kindOf('2026 CPT Data Files.zip/MEDU.txt')).toBe('cpt');
    expect(kindOf('SHORTU.txt')).toBe('cpt');
    expect(kindOf('LONGU.txt')).toBe('cpt');
    expect(kindOf('notes/longer.txt')).toBeUndefined();
  });

  it.each([
    ['cpt-2026/LONGULT.txt', 2026],
    ['CPT 2025 Data Files.zip/data/SHORTU.txt', 2025],
    ['downloads/2024/cpt-2026/MEDU.txt', 2026],
    ['LONGULT.txt', undefined],
  ])('take their year from the folder or zip name: %s → %s', (name, year) => {
    expect(cptYearFromName(name)).toBe(year);
  });

  it('give each code of the year its long, medium and short descriptors', async () => {
    const store = importCptDescriptors(await fixture());
    const [year] = store.releases;
    expect(year?.release).toMatchObject({
      system: 'cpt',
      version: 'CPT 2026',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
    });
    expect(year?.release.sources).toHaveLength(3);
    expect([...(year?.codes.keys() ?? [])]).toEqual(['99213', '27447', '0042T', '0001U']);
    expect(year?.codes.get('27447')).toEqual({
      code: '27447',
      long: 'TEST long text: knee arthroplasty with replacement of both condyles',
      medium: 'TEST MEDIUM KNEE ARTHROPLASTY TOTAL',
      short: 'TEST KNEE ARTHROPLASTY',
    });
  });

  it('refuse a file without a year, and bad lines, each located', () => {
    expect(() => importCptDescriptors([text('LONGULT.txt', '99213\tTEST\n')])).toThrow(
      /CPT year in the folder or zip name/,
    );
    const error = (() => {
      try {
        importCptDescriptors([
          text(
            'cpt-2026/SHORTU.txt',
            '99213\tTEST OK\n9921\tTEST SHORT CODE\n99214 TEST NO TAB\n99215\t\n',
          ),
        ]);
      } catch (e) {
        return e as { problems: { path: string; message: string }[] };
      }
      return undefined;
    })();
    expect(error?.problems.map((p) => p.path)).toEqual([
      'cpt-2026/SHORTU.txt:2:code',
      'cpt-2026/SHORTU.txt:3:code',
      'cpt-2026/SHORTU.txt:4:descriptor',
    ]);
  });

  it('decide CPT validity in their year, and leave other years to the fee schedule', async () => {
    const codeSets = { cpt: importCptDescriptors(await fixture()) };
    const on = (code: string, date: string) =>
      procedureFacts(codeSets, { system: 'cpt', code }, isoDate(date));
    expect(on('99213', '2026-03-02')).toEqual({
      code: '99213',
      status: 'valid',
      release: 'CPT 2026',
    });
    expect(on('99215', '2026-03-02')).toEqual({
      code: '99215',
      status: 'unknown',
      release: 'CPT 2026',
    });
    // 2025: no CPT year loaded, and no fee schedule either.
    expect(on('99213', '2025-06-30')).toEqual({ code: '99213', status: 'no-release' });
  });

  it('give CPT codes words in the encoder, and survive the snapshot', async () => {
    const codeSets = { cpt: importCptDescriptors(await fixture()) };
    const { documents, systems } = encoderDocuments(codeSets);
    expect(systems).toEqual(['cpt', 'cpt', 'cpt', 'cpt']);
    const index = buildSearchIndex(documents);
    expect(search(index, 'knee arthroplasty')[0]?.code).toBe('27447');
    expect(search(index, 'cerebral perfusion')[0]?.code).toBe('0042T');

    const again = loadCodeSetsSnapshot(snapshotCodeSets(codeSets).bytes).codeSets;
    expect(again.cpt).toEqual(codeSets.cpt);
    expect(summarizeReleases(again)).toEqual([
      expect.objectContaining({ system: 'cpt', version: 'CPT 2026', entries: 4 }),
    ]);
  });
});
