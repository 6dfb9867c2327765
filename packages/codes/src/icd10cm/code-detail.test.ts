import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeDetail } from './code-detail.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { officialStore } from './load-store-for-tests.ts';

let store: Icd10cmStore;
beforeAll(async () => {
  store = await officialStore();
});
const FY2026 = isoDate('2026-01-15');

describe('codeDetail (FY2021 tabular against the DOS release)', () => {
  it('gives hierarchy and inherited notes of a current code', () => {
    const detail = codeDetail(store, 'E11.22', FY2026);
    expect(detail.inTabular).toBe(true);
    expect(detail.messages).toEqual([]);
    expect(detail.hierarchy.map((h) => [h.name, h.validOnDos])).toEqual([
      ['E11.22', true],
      ['E11.2', true],
      ['E11', true],
      ['E08-E13', undefined],
      ['4', undefined],
    ]);
    const kinds = new Set(detail.notes.map((n) => `${n.at.name} ${n.note.kind}`));
    expect(kinds.has('E11.22 useAdditionalCode')).toBe(true);
    expect(kinds.has('E11 excludes1')).toBe(true);
  });

  it('says when a code is newer than the tabular', () => {
    const detail = codeDetail(store, 'B88.01', FY2026);
    expect(detail.inTabular).toBe(false);
    expect(detail.messages).toEqual([
      'B88.01 is not in the FY2021 Tabular List: the notes shown are those of B88.0.',
    ]);
  });

  it('says when the tabular code no longer exists on the DOS (T40.7X1, cannabis, split in FY2023)', () => {
    const detail = codeDetail(store, 'T40.7X1', FY2026);
    expect(detail.lookup.status).toBe('not-valid-on-dos');
    expect(detail.hierarchy.slice(0, 3).map((h) => [h.name, h.validOnDos])).toEqual([
      ['T40.7X1', false],
      ['T40.7X', false],
      ['T40.7', true],
    ]);
    expect(detail.messages).toContain(
      'T40.7X1 is in the FY2021 Tabular List but not valid in FY2026.',
    );
    expect(codeDetail(store, 'T40.7X1', isoDate('2021-06-01')).messages).toEqual([]);
  });
});
