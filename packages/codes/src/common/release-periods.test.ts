import { describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { closeReleasePeriods, releaseOn } from './release-periods.ts';

const release = (version: string, from: string, sha = version): { release: Release } => ({
  release: {
    system: 'hcpcs',
    version,
    effectiveFrom: isoDate(from),
    sources: [{ name: version, sha256: sha }],
  },
});

describe('release periods', () => {
  const closed = closeReleasePeriods([
    release('2026-04', '2026-04-01'),
    release('2025-10', '2025-10-01'),
  ]);

  it('orders releases and closes each the day before the next', () => {
    expect(closed.map((r) => [r.release.version, r.release.effectiveTo])).toEqual([
      ['2025-10', '2026-03-31'],
      ['2026-04', undefined],
    ]);
  });

  it.each([
    ['2025-09-30', undefined],
    ['2025-10-01', '2025-10'],
    ['2026-03-31', '2025-10'],
    ['2026-04-01', '2026-04'],
    ['2030-01-01', '2026-04'],
  ])('on %s the release in force is %s', (date, version) => {
    expect(releaseOn(closed, isoDate(date))?.release.version).toBe(version);
  });

  it('keeps the later of two releases starting the same day (a corrected re-import)', () => {
    const again = closeReleasePeriods([
      release('2026-04', '2026-04-01', 'a'),
      release('2026-04', '2026-04-01', 'b'),
    ]);
    expect(again.map((r) => r.release.sources[0]?.sha256)).toEqual(['b']);
  });
});
