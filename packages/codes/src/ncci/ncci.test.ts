import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { isoDate, MedbillError } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles, unwrap } from '../source-files.ts';
import { importAoc } from './import-aoc.ts';
import { importMue } from './import-mue.ts';
import { importPtp } from './import-ptp.ts';
import { addOnPrimaries, createNcciStore, mueFor, ptpEdit, type NcciStore } from './ncci-store.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
let store: NcciStore;

beforeAll(async () => {
  const [mueFile] = await readSourceFiles(
    codesetsPath('ncci/mue-2026q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.csv'),
  );
  const [aocFile] = await readSourceFiles(codesetsPath('ncci/aoc-2026q2/AOC_V2026Q2-MCR.xlsx'));
  if (mueFile === undefined || aocFile === undefined) throw new Error('NCCI files missing');
  store = createNcciStore({
    mue: [await importMue(mueFile)],
    aoc: [await importAoc(aocFile)],
    ptp: [await importPtp(await readSourceFiles(FIXTURES))],
  });
});

describe('practitioner MUE table, 2026 Q2 (counts from PROVENANCE.md)', () => {
  it('reads 15,095 codes: 9,637 MAI 3, 5,417 MAI 2, 41 MAI 1', () => {
    const [table] = store.mue;
    expect(table?.release).toMatchObject({
      system: 'mue',
      version: '2026Q2',
      effectiveFrom: '2026-04-01',
    });
    expect(table?.setting).toBe('Practitioner');
    expect(table?.edits.size).toBe(15095);
    const byIndicator = [1, 2, 3].map(
      (mai) => [...(table?.edits.values() ?? [])].filter((mue) => mue.indicator === mai).length,
    );
    expect(byIndicator).toEqual([41, 5417, 9637]);
  });

  it('reads the Excel copy of the same table to the same edits', async () => {
    const [xlsx] = await readSourceFiles(
      codesetsPath('ncci/mue-2026q2/MCR_MUE_PractitionerServices_Eff_04-01-2026.xlsx'),
    );
    if (xlsx === undefined) throw new Error('MUE xlsx missing');
    const fromSheet = await importMue(xlsx);
    expect([...fromSheet.edits.values()]).toEqual([...(store.mue[0]?.edits.values() ?? [])]);
  });

  it.each([
    ['99213', 2, 3, 'Clinical: Data'],
    ['36415', 2, 3, 'CMS Policy'],
    ['J1100', 120, 3, 'Clinical: Data'],
    ['0001U', 1, 2, 'Code Descriptor / CPT Instruction'],
  ])('mueFor %s: %i units, MAI %i, %s', (code, value, indicator, rationale) => {
    const found = mueFor(store, code, isoDate('2026-05-01'));
    expect(found.status === 'found' && found.mue).toMatchObject({ value, indicator, rationale });
  });

  it('answers none for a code without an MUE and no-release before the table starts', () => {
    expect(mueFor(store, 'ZZZZZ', isoDate('2026-05-01')).status).toBe('none');
    expect(mueFor(store, '99213', isoDate('2026-03-31'))).toEqual({ status: 'no-release' });
  });
});

describe('add-on code edits, 2026 Q2 (counts from PROVENANCE.md)', () => {
  it('reads 9,000 rows: types 8,293 / 47 / 660, 830 add-on codes, 2,952 primaries, 7,740 open', () => {
    const [table] = store.aoc;
    const rows = [...(table?.byAddOn.values() ?? [])].flat();
    expect(table?.release).toMatchObject({
      system: 'aoc',
      version: '2026Q2',
      effectiveFrom: '2026-04-01',
    });
    expect(rows.length).toBe(9000);
    expect([1, 2, 3].map((type) => rows.filter((row) => row.type === type).length)).toEqual([
      8293, 47, 660,
    ]);
    expect(table?.byAddOn.size).toBe(830);
    expect(new Set(rows.map((row) => row.primaryCode)).size).toBe(2952);
    expect(rows.filter((row) => row.deletedOn === undefined).length).toBe(7740);
  });

  it('lists the primaries of 99417 (prolonged E/M) in force, Julian dates read', () => {
    const found = addOnPrimaries(store, '99417', isoDate('2026-04-15'));
    if (found.status !== 'add-on') throw new Error(found.status);
    expect(found.types).toEqual([1]);
    expect(found.contractorDefined).toBe(false);
    const primaries = found.primaries.map((edit) => edit.primaryCode);
    expect(primaries).toEqual(expect.arrayContaining(['99205', '99215', 'G0463']));
    expect(found.primaries.find((edit) => edit.primaryCode === '99205')?.effectiveFrom).toBe(
      '2021-01-01',
    ); // 2021001
    expect(found.primaries.find((edit) => edit.primaryCode === '98003')?.effectiveFrom).toBe(
      '2025-04-01',
    ); // 2025091
  });

  it('ignores edits withdrawn on their own effective date (G2211, 2024275 / 2024275)', () => {
    const found = addOnPrimaries(store, 'G2211', isoDate('2026-04-15'));
    if (found.status !== 'add-on') throw new Error(found.status);
    expect(found.primaries.every((edit) => edit.deletedOn === undefined)).toBe(true);
    expect(found.primaries.map((edit) => edit.primaryCode)).toContain('99213');
  });

  it('says when CMS leaves the primaries to the contractor (type 2, CCCCC)', () => {
    const found = addOnPrimaries(store, '0054T', isoDate('2026-04-15'));
    expect(
      found.status === 'add-on' && [found.types, found.contractorDefined, found.primaries.length],
    ).toEqual([[2], true, 0]);
  });

  it('answers not-add-on for a primary code', () => {
    expect(addOnPrimaries(store, '99213', isoDate('2026-04-15')).status).toBe('not-add-on');
  });
});

describe('PTP edits in the CMS layout (illustrative fixture, see fixtures/README.md)', () => {
  it('names the release after the file: v32.1 starts 2026-04-01', () => {
    expect(store.ptp[0]?.release).toMatchObject({
      system: 'ncci-ptp',
      version: '32.1',
      effectiveFrom: '2026-04-01',
    });
    expect(store.ptp[0]?.rowCount).toBe(9);
  });

  it.each([
    ['80053', '80048', '80053', 0],
    ['80048', '80053', '80053', 0], // either order
    ['45378', '45380', '45380', 1],
    ['97140', '97530', '97530', 1],
  ])('ptpEdit(%s, %s): column 1 is %s, modifier indicator %i', (a, b, column1, indicator) => {
    const found = ptpEdit(store, a, b, isoDate('2026-05-01'));
    expect(found.status === 'edit' && [found.edit.column1, found.edit.modifierIndicator]).toEqual([
      column1,
      indicator,
    ]);
  });

  it('answers none for a pair without an edit, and for an edit not yet effective', async () => {
    expect(ptpEdit(store, '99213', '80053', isoDate('2026-05-01')).status).toBe('none');
    const text = [
      'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale',
      '11111\t22222\t\t20260501\t*\t1\tMutually exclusive procedures',
      '33333\t44444\t\t20200101\t20260430\t0\tMutually exclusive procedures',
    ].join('\r\n');
    const release = await importPtp(unwrap('ccipra-v321r0-f1.txt', new TextEncoder().encode(text)));
    const local = createNcciStore({ ptp: [release] });
    expect(ptpEdit(local, '11111', '22222', isoDate('2026-04-30')).status).toBe('none');
    expect(ptpEdit(local, '11111', '22222', isoDate('2026-05-01')).status).toBe('edit');
    expect(ptpEdit(local, '33333', '44444', isoDate('2026-04-30')).status).toBe('edit'); // last day
    expect(ptpEdit(local, '33333', '44444', isoDate('2026-05-01')).status).toBe('none');
  });

  it('locates bad rows by file, line and column', async () => {
    const text = [
      'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale',
      '80053\t80048\t\t2005-01-01\t*\t2\tMisuse of column two code with column one code',
    ].join('\r\n');
    const error = await importPtp(
      unwrap('ccipra-v321r0-f2.txt', new TextEncoder().encode(text)),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MedbillError);
    expect((error as MedbillError).problems.map((p) => `${p.path} ${p.message}`)).toEqual([
      'ccipra-v321r0-f2.txt:2:Effective Date expected a date as YYYYMMDD, got "2005-01-01"',
      'ccipra-v321r0-f2.txt:2:Modifier expected modifier indicator 0, 1 or 9, got "2"',
    ]);
  });
});

describe('a PTP release in several parts', () => {
  const part = (name: string, rows: string[]) =>
    unwrap(
      name,
      new TextEncoder().encode(
        [
          'Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date\tModifier\tPTP Edit Rationale',
          ...rows,
        ].join('\r\n'),
      ),
    );

  it('imports every part together, reading the text copy of a part that also comes as .xlsx', async () => {
    const files = [
      ...part('ccipra-v321r0.zip/ccipra-v321r0-f1.txt', [
        '80053\t80048\t\t20050101\t*\t0\tMisuse of column two code with column one code',
      ]),
      ...part('ccipra-v321r0.zip/ccipra-v321r0-f2.txt', [
        '93000\t93010\t*\t19960101\t*\t0\tStandards of medical / surgical practice',
      ]),
      ...unwrap('ccipra-v321r0.zip/ccipra-v321r0-f2.xlsx', new Uint8Array([0x50, 0x4b])), // not read
    ];
    const release = await importPtp(files);
    expect(release.rowCount).toBe(2);
    expect(release.release.sources.map((s) => s.name)).toEqual([
      'ccipra-v321r0.zip/ccipra-v321r0-f1.txt',
      'ccipra-v321r0.zip/ccipra-v321r0-f2.txt',
    ]);
  });

  it('fails all parts when one part is bad, with the problems of each', async () => {
    const files = [
      ...part('ccipra-v321r0-f1.txt', ['80053\t80048\t\t20050101\t*\t0\tok']),
      ...part('ccipra-v321r0-f2.txt', ['93000\t9301\t*\t19960101\t*\t0\tbad code']),
    ];
    const error = await importPtp(files).catch((e: unknown) => e);
    expect((error as MedbillError).problems.map((p) => p.path)).toEqual([
      'ccipra-v321r0-f2.txt:2:Column 2',
    ]);
  });
});
