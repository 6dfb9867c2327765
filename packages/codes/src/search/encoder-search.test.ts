import { describe, expect, it } from 'vitest';
import type { Encoder } from './encoder.ts';
import { encoderSearch } from './encoder-search.ts';
import type { SearchSystem } from './search-documents.ts';
import { buildSearchIndex, type SearchDocument } from './search-index.ts';

const doc = (code: string, billable: boolean, title: string): SearchDocument => ({
  code,
  billable,
  fields: [{ text: title, weight: 3 }],
});

/** Real titles: ICD-10-CM FY2026, HCPCS 2026, ICD-10-PCS FY2026 order files. */
const main: [SearchSystem, SearchDocument][] = [
  ['icd10cm', doc('Z96652', true, 'Presence of left artificial knee joint')],
  ['icd10cm', doc('M1712', true, 'Unilateral primary osteoarthritis, left knee')],
  ['hcpcs', doc('K0001', true, 'Standard wheelchair')],
];
const pcs = [
  doc('0SR', false, 'Lower Joints, Replacement'),
  doc(
    '0SRC0J9',
    true,
    'Replacement of Right Knee Joint with Synthetic Substitute, Cemented, Open Approach',
  ),
  doc(
    '0SRD0J9',
    true,
    'Replacement of Left Knee Joint with Synthetic Substitute, Cemented, Open Approach',
  ),
  doc('0DT', false, 'Gastrointestinal System, Resection'),
  doc('0DTJ4ZZ', true, 'Resection of Appendix, Percutaneous Endoscopic Approach'),
];

const encoder: Encoder = {
  index: buildSearchIndex(main.map(([, d]) => d)),
  systems: main.map(([system]) => system),
  icd10pcs: buildSearchIndex(pcs),
};
const found = (query: string, options = {}) =>
  encoderSearch(encoder, query, options).map((h) => `${h.system} ${h.code}`);

describe('encoderSearch: which code systems answer', () => {
  it('leaves ICD-10-PCS words out unless procedures are asked for', () => {
    expect(found('left knee replacement')).toEqual(['icd10cm Z96652', 'icd10cm M1712']);
    expect(found('left knee replacement', { system: 'icd10pcs' })[0]).toBe('icd10pcs 0SRD0J9');
  });

  it('jumps to a PCS code typed, whatever the system filter', () => {
    expect(found('0dtj4zz')).toEqual(['icd10pcs 0DTJ4ZZ']);
    expect(found('0DT', { system: 'icd10pcs' })).toEqual(['icd10pcs 0DT', 'icd10pcs 0DTJ4ZZ']);
    expect(found('0DT', { system: 'icd10cm' })).toEqual([]);
  });

  it('keeps a system filter for the others', () => {
    expect(found('wheelchair', { system: 'hcpcs' })).toEqual(['hcpcs K0001']);
    expect(found('wheelchair', { system: 'icd10cm' })).toEqual([]);
  });

  it('answers without ICD-10-PCS when none is loaded', () => {
    const without: Encoder = { index: encoder.index, systems: encoder.systems };
    expect(encoderSearch(without, '0DTJ4ZZ')).toEqual([]);
    expect(encoderSearch(without, 'appendix', { system: 'icd10pcs' })).toEqual([]);
  });
});
