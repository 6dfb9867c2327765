import { describe, expect, it } from 'vitest';
import { cents } from '../../money/index.ts';
import { cleanClaim, context, lineWith } from '../scrub-claim.fixture.ts';
import { lineFeeSchedule } from './line-fee-schedule.ts';

describe('LINE-FEE-001 fee schedule', () => {
  it('passes scheduled, overridden and unscheduled charges', () => {
    expect(lineFeeSchedule.check(cleanClaim, context)).toEqual([]);
    expect(
      lineFeeSchedule.check(lineWith(0, { charge: cents(20000), chargeOverridden: true }), context),
    ).toEqual([]);
    const { scheduledCharge: _omit, ...unscheduled } = cleanClaim.lines[0]!;
    expect(lineFeeSchedule.check({ ...cleanClaim, lines: [unscheduled] }, context)).toEqual([]);
  });
  it('warns with both amounts', () =>
    expect(
      lineFeeSchedule.check(lineWith(0, { charge: cents(18505) }), context)[0]?.message,
    ).toContain('$185.05; the fee schedule says $185.50'));
});
