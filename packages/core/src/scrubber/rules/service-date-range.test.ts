import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { claimWith, cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { serviceDateRange } from './service-date-range.ts';

describe('DATE-DOS-002 service date range', () => {
  it('passes the clean claim', () =>
    expect(serviceDateRange.check(cleanClaim, context)).toEqual([]));
  it.each([
    [
      'a period ending before it starts',
      claimWith({ serviceDateTo: isoDate('2026-03-01') }),
      'serviceDateTo',
    ],
    [
      'a line outside the period',
      lineWith(0, { serviceDate: isoDate('2026-03-03') }),
      'serviceDate',
    ],
    [
      'service before birth',
      claimWith({ patient: { ...cleanClaim.patient, dateOfBirth: isoDate('2026-03-05') } }),
      'serviceDateFrom',
    ],
  ])('flags %s', (_label, claim, field) =>
    expect(serviceDateRange.check(claim, context)[0]?.field).toBe(field),
  );
});
