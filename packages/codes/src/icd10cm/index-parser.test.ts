import { MedbillError } from '@medbill/core';
import { describe, expect, it } from 'vitest';
import { indexKindOf, parseIndex, walkIndexTerms } from './index-parser.ts';
import { cellCode, type AlphabeticIndex } from './index-types.ts';
import { officialIndex } from './load-indexes-for-tests.ts';

function counts(index: AlphabeticIndex): {
  mainTerms: number;
  terms: number;
  codes: number;
  cells: number;
  manifestations: number;
} {
  let terms = 0;
  let codes = 0;
  let cells = 0;
  let manifestations = 0;
  for (const { term } of walkIndexTerms(index.mainTerms)) {
    if (term.level > 0) terms++;
    codes += term.codes.length;
    cells += term.cells.filter((cell) => cell !== undefined).length;
    manifestations += term.manifestations.length;
  }
  return { mainTerms: index.mainTerms.length, terms, codes, cells, manifestations };
}

describe('parseIndex on the official files (counts from PROVENANCE.md)', () => {
  it('FY2017 Index to Diseases: 7,973 mainTerm, 69,226 <term>', async () => {
    const index = await officialIndex('index', '2017');
    expect(counts(index)).toEqual({
      mainTerms: 7_973,
      terms: 69_226,
      codes: 59_412,
      cells: 0,
      manifestations: 746,
    });
  });

  it('FY2025 Table of Drugs and Chemicals: 5,177 mainTerm, 43,212 cells', async () => {
    const drug = await officialIndex('drug', '2025');
    expect(counts(drug)).toMatchObject({ mainTerms: 5_177, cells: 43_212 });
    expect(drug.headings).toEqual([
      'Substance',
      'Poisoning Accidental (unintentional)',
      'Poisoning Intentional self-harm',
      'Poisoning Assault',
      'Poisoning Undetermined',
      'Adverse effect',
      'Underdosing',
    ]);
  });

  it('FY2025 Table of Neoplasms: 1,938 term elements, 10,916 cells', async () => {
    expect(counts(await officialIndex('neoplasm', '2025'))).toMatchObject({
      mainTerms: 1,
      terms: 1_938,
      cells: 10_916,
    });
  });

  it('FY2025 External Cause index: 314 mainTerm, 7,750 sub-terms', async () => {
    expect(counts(await officialIndex('eindex', '2025'))).toMatchObject({
      mainTerms: 314,
      terms: 7_750,
      codes: 6_650,
    });
  });

  it('keeps titles, nonessential modifiers, see, manifestation brackets', async () => {
    const index = await officialIndex('index', '2017');
    const byTitle = (title: string) => index.mainTerms.find((t) => t.title === title);
    expect(byTitle('Abasia')).toMatchObject({ nemod: '(-astasia) (hysterical)', codes: ['F44.4'] });
    expect(byTitle('Abandonment')?.see).toEqual(['Maltreatment']);
    expect(byTitle('Amyloid heart')).toMatchObject({ codes: ['E85.4'], manifestations: ['I43'] });
    const drug = await officialIndex('drug', '2025');
    const propanol = drug.mainTerms.find((t) => t.title === '1-propanol');
    expect(propanol?.cells.map(cellCode)).toEqual([
      'T51.3X1',
      'T51.3X2',
      'T51.3X3',
      'T51.3X4',
      undefined,
      undefined,
    ]);
  });
});

describe('parseIndex on fixtures', () => {
  const file = (xml: string) => ({
    name: 'icd10cm_index_2099.xml',
    bytes: new TextEncoder().encode(xml),
    sha256: 'x',
  });

  it('names the kind from the CDC file name', () => {
    expect(
      [
        'icd10cm_index_2017.xml',
        'icd-10-cm-eindex-2025.xml',
        'icd-10-cm-drug-2025.xml',
        'icd-10-cm-neoplasm-2025.xml',
        'icd10cm_tabular_2017.xml',
      ].map(indexKindOf),
    ).toEqual(['index', 'eindex', 'drug', 'neoplasm', undefined]);
  });

  it('refuses a skipped level, with its location', () => {
    const xml =
      '<ICD10CM.index><version>2099</version><letter><title>A</title><mainTerm><title>A</title>\n<term level="2"><title>b</title></term></mainTerm></letter></ICD10CM.index>';
    expect(() => parseIndex(file(xml))).toThrow(MedbillError);
    try {
      parseIndex(file(xml));
    } catch (error) {
      expect((error as MedbillError).problems[0]).toMatchObject({
        path: 'icd10cm_index_2099.xml:2:17',
        message: 'expected level="1" on <term>, found "2"',
      });
    }
  });
});
