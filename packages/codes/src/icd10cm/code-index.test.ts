import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeIndex } from './code-index.ts';
import { officialCodeIndex } from './load-order-releases-for-tests.ts';

let index: CodeIndex;
beforeAll(async () => {
  index = await officialCodeIndex();
});

describe('versioned code index (FY2021-01, FY2025, FY2026 order files)', () => {
  it('orders the releases and ends each before the next', () => {
    expect(index.data.releases.map((r) => [r.version, r.effectiveFrom, r.effectiveTo])).toEqual([
      ['FY2021-01', '2021-01-01', '2021-09-30'],
      ['FY2025', '2024-10-01', '2025-09-30'],
      ['FY2026', '2025-10-01', '2026-09-30'],
    ]);
  });

  it.each([
    [
      'E11.22',
      '2026-03-01',
      'FY2026',
      true,
      'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    ],
    [
      'e1122',
      '2021-06-01',
      'FY2021-01',
      true,
      'Type 2 diabetes mellitus with diabetic chronic kidney disease',
    ],
    ['B88.0', '2025-09-30', 'FY2025', true, 'Other acariasis'],
    ['B88.0', '2025-10-01', 'FY2026', false, 'Other acariasis'],
    ['D71', '2026-01-15', 'FY2026', false, 'Functional disorders of polymorphonuclear neutrophils'],
    [
      'Z20.822',
      '2021-01-01',
      'FY2021-01',
      true,
      'Contact with and (suspected) exposure to COVID-19',
    ],
    [
      'QA0',
      '2026-01-01',
      'FY2026',
      false,
      'Neurodevelopmental disorders related to specific genetic pathogenic variants',
    ],
  ])('%s on %s is valid in %s (billable %s)', (code, dos, version, billable, title) => {
    const found = index.lookup(code, isoDate(dos));
    expect(found.status).toBe('valid');
    if (found.status !== 'valid') return;
    expect([found.release.version, found.billable, found.longTitle]).toEqual([
      version,
      billable,
      title,
    ]);
  });

  it.each([
    ['S30.1XXA', '2025-10-01', 'deleted', 'FY2025', undefined, 'last valid in FY2025'],
    ['B88.01', '2025-09-30', 'not-yet-valid', undefined, 'FY2026', 'new in FY2026'],
    ['A41.54', '2021-05-01', 'not-yet-valid', undefined, 'FY2025', 'new in FY2025'],
    ['O35.0XX0', '2024-10-01', 'deleted', 'FY2021-01', undefined, 'last valid in FY2021-01'],
    ['E11.22', '2020-11-01', 'no-release-on-dos', undefined, 'FY2021-01', 'No ICD-10-CM release'],
    ['E11.22', '2026-10-01', 'no-release-on-dos', 'FY2026', undefined, 'No ICD-10-CM release'],
    ['E11.99', '2026-01-01', 'unknown-code', undefined, undefined, 'not an ICD-10-CM code'],
  ])('%s on %s: %s', (code, dos, reason, previous, next, message) => {
    const found = index.lookup(code, isoDate(dos));
    expect(found.status).toBe('not-valid-on-dos');
    if (found.status !== 'not-valid-on-dos') return;
    expect([found.reason, found.previous?.release.version, found.next?.release.version]).toEqual([
      reason,
      previous,
      next,
    ]);
    expect(found.message).toContain(message);
  });

  it('lists the codes under a prefix in one release', () => {
    const fy26 = index.releaseOn(isoDate('2026-01-01')) ?? -1;
    const fy25 = index.releaseOn(isoDate('2025-01-01')) ?? -1;
    expect(index.codesWithPrefix('B880', fy26)).toEqual(['B880', 'B8801', 'B8809']);
    expect(index.codesWithPrefix('B880', fy25)).toEqual(['B880']);
  });

  it('holds each code once and shares titles across releases', () => {
    expect(index.data.codes.length).toBeGreaterThan(98_186);
    expect(index.data.codes.length).toBeLessThan(98_186 + 97_584);
    // 3 releases × ~97k rows × 2 titles, but most titles are shared.
    expect(index.data.titles.length).toBeLessThan(200_000);
  });
});
