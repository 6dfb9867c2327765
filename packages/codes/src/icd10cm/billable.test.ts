import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBillableOn } from './billable.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { officialStore } from './load-store-for-tests.ts';

let store: Icd10cmStore;
beforeAll(async () => {
  store = await officialStore();
});

describe('isBillableOn (order file flag on the DOS release)', () => {
  it.each([
    ['E11.22', '2026-02-01', true, []],
    ['I10', '2025-01-01', true, []],
    ['B88.0', '2025-09-30', true, []],
    ['B88.0', '2025-10-01', false, ['B8801', 'B8809']],
    ['E11.2', '2026-02-01', false, ['E1121', 'E1122', 'E1129']],
    ['S30.1XXA', '2025-10-01', false, []],
    ['B88.01', '2025-09-30', false, []],
  ])('%s on %s → %s', (code, dos, billable, children) => {
    const check = isBillableOn(store, code, isoDate(dos));
    expect(check.billable).toBe(billable);
    if (!check.billable) expect(check.billableChildren).toEqual(children);
  });

  it('says why', () => {
    const check = isBillableOn(store, 'B88.0', isoDate('2025-10-01'));
    expect(check.billable ? '' : check.message).toBe(
      'B88.0 is a header in FY2026, not billable: use a more specific code (B88.01, B88.09).',
    );
    const deleted = isBillableOn(store, 'S30.1XXA', isoDate('2025-10-01'));
    expect(deleted.billable ? '' : deleted.message).toContain('last valid in FY2025');
  });
});
