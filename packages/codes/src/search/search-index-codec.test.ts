import { describe, expect, it } from 'vitest';
import { packParts } from '../common/binary-parts.ts';
import { ENCODER_VERSION } from './encoder.ts';
import { buildSearchIndex, type SearchDocument } from './search-index.ts';
import { decodeEncoder, encodeEncoder, isCurrentEncoder } from './search-index-codec.ts';
import { search } from './search.ts';
import type { SearchSystem } from './search-documents.ts';

/** Real ICD-10-CM FY2026 titles, a HCPCS Level II code and a CPT code (by number only). */
const DOCUMENTS: SearchDocument[] = [
  { code: 'E11', billable: false, fields: [{ text: 'Type 2 diabetes mellitus', weight: 3 }] },
  {
    code: 'E1122',
    billable: true,
    fields: [
      { text: 'Type 2 diabetes mellitus with diabetic chronic kidney disease', weight: 3 },
      { text: 'Diabetes, type 2, with chronic kidney disease', weight: 2 },
    ],
  },
  {
    code: 'I10',
    billable: true,
    fields: [
      { text: 'Essential (primary) hypertension', weight: 3 },
      { text: 'High blood pressure', weight: 2 },
    ],
    phrases: ['Hypertension', 'Hypertension, hypertensive'],
  },
  {
    code: 'J189',
    billable: true,
    fields: [{ text: 'Pneumonia, unspecified organism', weight: 3 }],
    phrases: ['Pneumonia'],
  },
  {
    code: 'E0130',
    billable: true,
    fields: [
      { text: 'Wheelchair accessory, power seating system, recline only', weight: 3 },
      { text: 'Whlchr recline only', weight: 1 },
    ],
  },
  { code: '99213', billable: true, fields: [] },
];
const SYSTEMS: SearchSystem[] = ['icd10cm', 'icd10cm', 'icd10cm', 'icd10cm', 'hcpcs', 'cpt'];

describe('encoder section of the snapshot', () => {
  const index = buildSearchIndex(DOCUMENTS);
  const decoded = decodeEncoder(encodeEncoder({ index, systems: SYSTEMS }));

  it('gives back the same index, array for array', () => {
    expect(decoded?.systems).toEqual(SYSTEMS);
    const again = decoded!.index;
    expect(again.codes).toEqual(index.codes);
    expect([...again.termIds]).toEqual([...index.termIds]);
    expect(again.postingDocs.map((d) => [...d])).toEqual(index.postingDocs.map((d) => [...d]));
    expect(again.postingScores.map((s) => [...s])).toEqual(index.postingScores.map((s) => [...s]));
    expect([...again.phrases]).toEqual([...index.phrases]);
    expect([...again.fieldPhrases.keys]).toEqual([...index.fieldPhrases.keys]);
    expect([...again.typos.keys]).toEqual([...index.typos.keys]);
  });

  it.each([
    'diabetes ckd',
    'type 2 diabtes',
    'hypertension',
    'htn',
    'pneumonia',
    'wheelch',
    'E11',
    '99213',
    'recline whlchr',
  ])('answers "%s" as before', (query) => {
    expect(search(decoded!.index, query)).toEqual(search(index, query));
  });

  it('is not used when another encoder version wrote it, which is told without decoding it', () => {
    const other = packParts({ version: String(ENCODER_VERSION + 1) });
    expect(decodeEncoder(other)).toBeUndefined();
    expect(isCurrentEncoder(other)).toBe(false);
    expect(isCurrentEncoder(new Uint8Array(3))).toBe(false);
    const current = encodeEncoder({ index, systems: SYSTEMS });
    // In place, at an odd offset inside a larger buffer, as a snapshot section is.
    const shifted = new Uint8Array(current.byteLength + 1);
    shifted.set(current, 1);
    expect(isCurrentEncoder(shifted.subarray(1))).toBe(true);
  });
});
