import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { claimWith, cleanClaim, context } from '../scrub-claim.fixture.ts';
import { coverageActive } from './coverage-active.ts';

describe('COV-ELIG-001 coverage in force', () => {
  it('passes open and covering periods, and claims without coverage data', () => {
    expect(coverageActive.check(cleanClaim, context)).toEqual([]);
    expect(
      coverageActive.check(
        claimWith({
          coverage: {
            order: 'primary',
            effectiveFrom: isoDate('2026-03-02'),
            effectiveTo: isoDate('2026-03-02'),
          },
        }),
        context,
      ),
    ).toEqual([]);
    const { coverage: _omit, ...fromFile } = cleanClaim;
    expect(coverageActive.check(fromFile, context)).toEqual([]);
  });
  it.each([
    [
      'ended before',
      {
        order: 'primary' as const,
        effectiveFrom: isoDate('2020-01-01'),
        effectiveTo: isoDate('2026-02-28'),
      },
    ],
    ['started after', { order: 'primary' as const, effectiveFrom: isoDate('2026-03-03') }],
  ])('flags coverage that %s the service', (_label, coverage) =>
    expect(coverageActive.check(claimWith({ coverage }), context)[0]?.message).toContain(
      '2026-03-02',
    ),
  );
});
