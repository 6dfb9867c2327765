import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCodeset } from '../icd10cm/codesets-for-tests.ts';
import { icd10pcsDetail } from './code-detail.ts';
import type { Icd10pcsStore } from './icd10pcs-store.ts';
import { importIcd10pcs } from './import-icd10pcs.ts';
import { readIcd10pcsSnapshot, writeIcd10pcsSnapshot } from './snapshot.ts';

const DOS = isoDate('2026-01-15');

describe('ICD-10-PCS code detail and snapshot (CMS FY2025 and FY2026 order files)', () => {
  let store: Icd10pcsStore;
  beforeAll(async () => {
    store = importIcd10pcs([
      ...(await readCodeset('icd10pcs/fy2025/cms_2025_pr.zip')),
      ...(await readCodeset('icd10pcs/fy2026/cms_2026_pr.zip')),
    ]);
  });

  it('names the table a code belongs to from the order file heading', () => {
    const detail = icd10pcsDetail(store, '0DTJ4ZZ', DOS);
    expect(detail).toMatchObject({
      code: '0DTJ4ZZ',
      validForSubmission: true,
      table: { code: '0DT', title: 'Gastrointestinal System, Resection' },
      codesUnder: undefined,
      messages: [],
    });
    expect(icd10pcsDetail(store, 'BW03ZZZ', DOS).table?.title).toBe(
      'Imaging, Anatomical Regions, Plain Radiography',
    );
  });

  it('says how to get from a heading or a partial code to a valid one', () => {
    const heading = icd10pcsDetail(store, '0DT', DOS);
    expect(heading.validForSubmission).toBe(false);
    expect(heading.codesUnder?.count).toBe(106);
    expect(heading.messages[0]).toContain('table heading, not valid for submission');
    const partial = icd10pcsDetail(store, '0dtj', DOS);
    expect(partial.codesUnder).toEqual({
      count: 5,
      first: ['0DTJ0ZZ', '0DTJ4ZG', '0DTJ4ZZ', '0DTJ7ZZ', '0DTJ8ZZ'],
    });
    expect(partial.messages[0]).toBe(
      '0DTJ is not a complete ICD-10-PCS code (seven characters): 5 valid codes start with it.',
    );
    expect(icd10pcsDetail(store, 'X2A5312', DOS).messages[0]).toContain('deleted');
  });

  it('reads back from its snapshot section answering the same', () => {
    const again = readIcd10pcsSnapshot(writeIcd10pcsSnapshot(store));
    expect(again.codes.data.releases).toEqual(store.codes.data.releases);
    for (const code of ['0DTJ4ZZ', '0DT', 'X2A5312', '00H033J', 'GZFZZZZ', 'ZZZZZZZ']) {
      for (const date of ['2025-06-01', '2026-01-15']) {
        expect(again.codes.lookup(code, isoDate(date))).toEqual(
          store.codes.lookup(code, isoDate(date)),
        );
      }
    }
    expect(() => readIcd10pcsSnapshot(new Uint8Array(16))).toThrow(/binary section/);
  });
});
