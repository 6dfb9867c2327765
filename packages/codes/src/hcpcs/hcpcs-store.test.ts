import { beforeAll, describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import { codesetsPath } from '../common/codesets-dir.ts';
import { readSourceFiles } from '../source-files.ts';
import { createHcpcsStore, hcpcsModifierOn, hcpcsOn, type HcpcsStore } from './hcpcs-store.ts';
import { importHcpcs } from './import-hcpcs.ts';

let store: HcpcsStore;

beforeAll(async () => {
  const paths = [
    'hcpcs/2026-apr/hcpc2026_apr_anweb_0.zip',
    'hcpcs/fallback-2019/2019-Alpha-Numeric-HCPCS-File.zip',
    'hcpcs/2025-oct/HCPC2025_OCT_ANWEB.xlsx',
  ];
  const releases = await Promise.all(
    paths.map(async (path) => importHcpcs(await readSourceFiles(codesetsPath(path)))),
  );
  store = createHcpcsStore(releases);
});

describe('HCPCS releases side by side', () => {
  it('orders the releases and closes each the day before the next starts', () => {
    expect(
      store.releases.map(({ release }) => [
        release.version,
        release.effectiveFrom,
        release.effectiveTo,
      ]),
    ).toEqual([
      ['2019-01', '2019-01-01', '2025-09-30'],
      ['2025-10', '2025-10-01', '2026-03-31'],
      ['2026-04', '2026-04-01', undefined],
    ]);
  });

  it.each([
    ['G0008 flu vaccine administration', 'G0008', '2026-04-15', 'valid', '2026-04'],
    ['G0008 in 2019', 'G0008', '2019-05-01', 'valid', '2019-01'],
    ['A2040, added 2026-04-01, on its first day', 'A2040', '2026-04-01', 'valid', '2026-04'],
    [
      'A2040 the day before: the October 2025 release does not list it',
      'A2040',
      '2026-03-31',
      'unknown',
      '2025-10',
    ],
    ['C5271, terminated 2025-12-31, in April 2026', 'C5271', '2026-04-02', 'terminated', '2026-04'],
    ['C5271 while still in force', 'C5271', '2025-11-01', 'valid', '2025-10'],
    ['lower case and spaces are forgiven', ' g0008 ', '2026-04-15', 'valid', '2026-04'],
    ['a CPT code is not in the Level II file', '99213', '2026-04-15', 'unknown', '2026-04'],
  ])('%s', (_label, code, dos, status, version) => {
    const found = hcpcsOn(store, code, isoDate(dos));
    expect(found.status).toBe(status);
    expect(found.status === 'no-release' ? undefined : found.release.version).toBe(version);
  });

  it('says so when no release covers the date', () => {
    expect(hcpcsOn(store, 'G0008', isoDate('2018-12-31'))).toEqual({ status: 'no-release' });
  });

  it('returns the record of the release in force', () => {
    const found = hcpcsOn(store, 'C5271', isoDate('2026-04-02'));
    expect(found.status === 'terminated' && found.entry.terminationDate).toBe('2025-12-31');
  });

  it.each([
    ['RT', '2026-04-15', 'valid'],
    ['GA', '2019-03-01', 'valid'],
    ['ZZ', '2026-04-15', 'unknown'],
  ])('modifier %s on %s is %s', (modifier, dos, status) => {
    expect(hcpcsModifierOn(store, modifier, isoDate(dos)).status).toBe(status);
  });
});
