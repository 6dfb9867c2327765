import { describe, expect, it } from 'vitest';
import { cents } from '../../money/index.ts';
import { cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { lineCharge } from './line-charge.ts';

describe('LINE-CHG-001 charge above zero', () => {
  it('passes the clean claim and a cent', () => {
    expect(lineCharge.check(cleanClaim, context)).toEqual([]);
    expect(lineCharge.check(lineWith(0, { charge: cents(1) }), context)).toEqual([]);
  });
  it('flags a $0.00 line with the amount in dollars', () =>
    expect(lineCharge.check(lineWith(1, { charge: cents(0) }), context)[0]?.message).toContain(
      '$0.00',
    ));
});
