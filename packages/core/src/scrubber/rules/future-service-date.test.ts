import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { claimWith, cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { futureServiceDate } from './future-service-date.ts';

describe('DATE-DOS-001 future date of service', () => {
  it('passes today and earlier', () => {
    expect(futureServiceDate.check(cleanClaim, context)).toEqual([]);
    expect(futureServiceDate.check(cleanClaim, { today: cleanClaim.serviceDateTo })).toEqual([]);
  });
  it('flags the claim period and each future line', () => {
    const claim = {
      ...lineWith(1, { serviceDate: isoDate('2026-03-11') }),
      serviceDateTo: isoDate('2026-03-11'),
    };
    expect(futureServiceDate.check(claim, context).map((f) => f.field)).toEqual([
      'serviceDateTo',
      'serviceDate',
    ]);
    expect(
      futureServiceDate.check(claimWith({ serviceDateTo: isoDate('2027-01-01') }), context)[0]
        ?.message,
    ).toContain('2027-01-01');
  });
});
