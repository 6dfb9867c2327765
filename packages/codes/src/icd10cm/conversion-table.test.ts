import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBillableOn } from './billable.ts';
import { successorsOf, type ConversionTable } from './conversion-table.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { resolveIndexCode } from './index-lookup.ts';
import { officialConversions, officialStore } from './load-store-for-tests.ts';
import { billableSuccessors } from './successors.ts';

let table: ConversionTable;
let store: Icd10cmStore;
beforeAll(async () => {
  [table, store] = await Promise.all([officialConversions(), officialStore()]);
});
const FY2026 = isoDate('2026-01-15');

describe('CDC conversion table FY2026 (xlsx)', () => {
  it('reads every conversion: 5,896 sheet rows less 2 title rows and 2 empty rows', () => {
    expect(table.conversions).toHaveLength(5_892);
    expect(table.conversions[0]).toEqual({
      current: 'A0471',
      effectiveFrom: '2017-10-01',
      previousText: 'A04.7',
      previous: [{ from: 'A047', to: 'A047' }],
    });
  });

  it.each([
    ['B8801', '2025-10-01', 'B88.0'],
    ['J1282', '2021-01-01', 'J12.89'],
    ['T74A1XA', '2023-04-01', 'T74.91XA'],
  ])('%s takes effect %s (was %s)', (current, from, previous) => {
    expect(table.conversions.find((c) => c.current === current)).toMatchObject({
      effectiveFrom: from,
      previousText: previous,
    });
  });

  it('names the successors of a deleted code', () => {
    expect(successorsOf(table, 'S301XXA').map((c) => c.current)).toEqual([
      'S3011XA',
      'S3012XA',
      'S3013XA',
    ]);
    expect(billableSuccessors(store, 'T407X1A', FY2026)).toEqual(['T40711A', 'T40721A']); // cannabis, synthetic cannabinoids
    expect(billableSuccessors(store, 'T407X1', FY2026)).toEqual([
      'T40711A',
      'T40711D',
      'T40711S',
      'T40721A',
      'T40721D',
      'T40721S',
    ]);
  });

  it('offers them where a deleted code is checked', () => {
    const check = isBillableOn(store, 'S30.1XXA', isoDate('2025-10-01'));
    expect(check.billable ? [] : check.replacements).toEqual(['S3011XA', 'S3012XA', 'S3013XA']);
    expect(check.billable ? '' : check.message).toContain(
      'Replaced by S30.11XA, S30.12XA, S30.13XA.',
    );
    const fromIndex = resolveIndexCode(store, 'K06.00', FY2026);
    expect([fromIndex.status, fromIndex.options.slice(0, 2), fromIndex.optionsUnder]).toEqual([
      'not-valid-on-dos',
      ['K06010', 'K06011'],
      undefined,
    ]);
  });
});
