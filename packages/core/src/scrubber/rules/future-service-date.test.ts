import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { claimWith, cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { futureServiceDate } from './future-service-date.ts';

describe('DATE-DOS-001 future date of service', () => {
  it('passes today and earlier', () => {
    expect(futureServiceDate.check(cleanClaim, context)).toEqual([]);
    expect(futureServiceDate.check(cleanClaim, { today: cleanClaim.serviceDateTo })).toEqual([]);
  });
  it('flags each future line, and the claim period only when no line explains it', () => {
    const claim = {
      ...lineWith(1, { serviceDate: isoDate('2026-03-11') }),
      serviceDateTo: isoDate('2026-03-11'),
    };
    expect(futureServiceDate.check(claim, context).map((f) => [f.field, f.location])).toEqual([
      ['serviceDate', { scope: 'line', line: 2 }],
    ]);
    const period = futureServiceDate.check(
      claimWith({ serviceDateTo: isoDate('2027-01-01') }),
      context,
    );
    expect(period.map((f) => f.message)).toEqual([
      "The claim's service dates run to 2027-01-01, after today (2026-03-10).",
    ]);
  });
});
