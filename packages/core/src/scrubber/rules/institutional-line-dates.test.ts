import { describe, expect, it } from 'vitest';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { context } from '../scrub-claim.fixture.ts';
import type { ScrubClaim } from '../scrub-claim.ts';
import { institutionalLineDates } from './institutional-line-dates.ts';

const undated = (claim: ScrubClaim): ScrubClaim =>
  institutionalWith(claim, {
    lines: claim.institutional!.lines.map(({ serviceDate: _, ...l }) => l),
  });

describe('INST-DATE-002 Medicare line item dates', () => {
  it('needs a date on each line of a Medicare outpatient bill', () =>
    expect(institutionalLineDates.check(undated(outpatientClaim), context)).toMatchObject([
      { location: { scope: 'line', line: 1 } },
      { location: { scope: 'line', line: 2 } },
    ]));
  it('passes dated lines', () =>
    expect(institutionalLineDates.check(outpatientClaim, context)).toEqual([]));
  it('does not ask for line dates on an inpatient bill', () =>
    expect(institutionalLineDates.check(inpatientClaim, context)).toEqual([]));
  it('applies to Medicare only', () =>
    expect(
      institutionalLineDates.check(
        {
          ...undated(outpatientClaim),
          payer: { ...outpatientClaim.payer, claimFilingIndicator: 'CI' },
        },
        context,
      ),
    ).toEqual([]));
});
