import { isoDate } from '@medbill/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Icd10cmStore } from './icd10cm-store.ts';
import { findIndexTerm, indexManifestationCodes, resolveIndexCode } from './index-lookup.ts';
import { cellCode } from './index-types.ts';
import { officialIndex } from './load-indexes-for-tests.ts';
import { officialStore } from './load-store-for-tests.ts';

let store: Icd10cmStore;
beforeAll(async () => {
  store = await officialStore();
});
const FY2026 = isoDate('2026-01-15');
const FY2025 = isoDate('2025-01-15');

describe('index paths → codes, checked on the date of service', () => {
  it.each([
    ['index', '2017', ['Acariasis'], 'B88.0'],
    ['index', '2017', ['Myalgia'], 'M79.1'],
    ['index', '2017', ['Amyloidosis', 'with lung involvement'], 'E85.4'],
    ['eindex', '2025', ['Fall', 'building'], 'W20.1'],
  ] as const)('%s %s %j → %s', async (kind, version, path, code) => {
    expect(findIndexTerm(await officialIndex(kind, version), path)?.codes[0]).toBe(code);
  });

  it('reads table cells by path', async () => {
    const neoplasm = await officialIndex('neoplasm', '2025');
    const abdomen = findIndexTerm(neoplasm, ['Neoplasm', 'abdomen']);
    expect(abdomen?.cells.map(cellCode)).toEqual([
      'C76.2',
      'C79.8-',
      'D09.8',
      'D36.7',
      'D48.7',
      'D49.89',
    ]);
  });

  it.each([
    ['B88.0', FY2025, 'billable', ['B880'], undefined],
    ['B88.0', FY2026, 'needs-more-characters', ['B8801', 'B8809'], 'B880'],
    ['M79.1', FY2026, 'needs-more-characters', ['M7910', 'M7911', 'M7912', 'M7918'], 'M791'],
    ['I16.2', FY2026, 'not-valid-on-dos', ['I160', 'I161', 'I169'], 'I16'],
    ['T51.3X1', FY2026, 'needs-more-characters', ['T513X1A', 'T513X1D', 'T513X1S'], 'T513X1'],
    ['W20.1', FY2026, 'needs-more-characters', ['W201XXA', 'W201XXD', 'W201XXS'], 'W201'],
  ] as const)('%s on %s: %s, options %j', (printed, dos, status, options, under) => {
    const resolved = resolveIndexCode(store, printed, dos);
    expect([resolved.status, resolved.options, resolved.optionsUnder]).toEqual([
      status,
      options,
      under,
    ]);
  });

  it('says why an FY2017 index code is not offered', () => {
    expect(resolveIndexCode(store, 'B88.0', FY2026).message).toBe(
      'B88.0 is not a complete code in FY2026: choose one of 2 codes below it (B88.01, B88.09).',
    );
    expect(resolveIndexCode(store, 'K06.00', FY2026).message).toContain(
      'K06.00 is not an ICD-10-CM code in any loaded release. Replaced by (CDC conversion table): K06.010, K06.011',
    );
  });

  it('collects the bracketed manifestation codes', async () => {
    const codes = indexManifestationCodes(await officialIndex('index', '2017'));
    expect(codes.has('I43')).toBe(true);
    expect(codes.has('M148')).toBe(true);
    expect(codes.size).toBeGreaterThan(100);
  });
});
