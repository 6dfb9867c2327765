import { describe, expect, it } from 'vitest';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { cleanClaim, context } from '../scrub-claim.fixture.ts';
import { institutionalTypeOfBill } from './institutional-type-of-bill.ts';

describe('INST-TOB-001 type of bill', () => {
  it.each([
    ['11', 0],
    ['13', 0],
    ['85', 0],
    ['19', 1],
    ['31', 1],
    ['1', 1],
  ])('facility type %s → %i finding(s)', (facilityType, n) =>
    expect(
      institutionalTypeOfBill.check(institutionalWith(inpatientClaim, { facilityType }), context),
    ).toHaveLength(n),
  );
  it('names the whole type of bill', () =>
    expect(
      institutionalTypeOfBill.check(
        institutionalWith(outpatientClaim, { facilityType: '19' }),
        context,
      )[0]?.message,
    ).toContain('Type of bill 191'));
  it('leaves professional claims alone', () =>
    expect(institutionalTypeOfBill.check(cleanClaim, context)).toEqual([]));
});
