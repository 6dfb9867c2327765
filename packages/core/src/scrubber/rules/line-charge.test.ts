import { describe, expect, it } from 'vitest';
import { cents } from '../../money/index.ts';
import { cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { lineCharge } from './line-charge.ts';

describe('LINE-CHG-001 charge above zero', () => {
  it('passes the clean claim and a cent', () => {
    expect(lineCharge.check(cleanClaim, context)).toEqual([]);
    expect(lineCharge.check(lineWith(0, { charge: cents(1) }), context)).toEqual([]);
  });
  it('passes a state-supplied vaccine at $0.00 (SL), not a negative one nor SL elsewhere', () => {
    const vfc = { procedure: { system: 'cpt' as const, code: '90656' }, modifiers: ['SL'] };
    expect(lineCharge.check(lineWith(1, { ...vfc, charge: cents(0) }), context)).toEqual([]);
    expect(lineCharge.check(lineWith(1, { ...vfc, charge: cents(-100) }), context)).toHaveLength(1);
    expect(
      lineCharge.check(lineWith(1, { modifiers: ['25'], charge: cents(0) }), context),
    ).toHaveLength(1);
  });
  it('flags a $0.00 line with the amount in dollars', () =>
    expect(lineCharge.check(lineWith(1, { charge: cents(0) }), context)[0]?.message).toContain(
      '$0.00',
    ));
});
