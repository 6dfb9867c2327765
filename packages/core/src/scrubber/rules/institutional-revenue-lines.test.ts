import { describe, expect, it } from 'vitest';
import { cents } from '../../money/index.ts';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { context } from '../scrub-claim.fixture.ts';
import type { InstitutionalScrubLine } from '../scrub-claim.ts';
import { institutionalRevenueLines } from './institutional-revenue-lines.ts';

const withLine = (change: Partial<InstitutionalScrubLine>) =>
  institutionalWith(inpatientClaim, {
    lines: inpatientClaim.institutional!.lines.map((l, i) => (i === 1 ? { ...l, ...change } : l)),
  });

describe('INST-REV-001 revenue lines', () => {
  it('passes the clean claims', () => {
    expect(institutionalRevenueLines.check(inpatientClaim, context)).toEqual([]);
    expect(institutionalRevenueLines.check(outpatientClaim, context)).toEqual([]);
  });
  it.each([
    [{ revenueCode: '250' }, 'revenueCode'],
    [{ revenueCode: '0001' }, 'revenueCode'],
    [{ units: 0 }, 'units'],
    [{ charge: cents(-100) }, 'charge'],
  ])('%o → finding on %s at line 2', (change, field) =>
    expect(institutionalRevenueLines.check(withLine(change), context)).toMatchObject([
      { field, location: { scope: 'line', line: 2 } },
    ]),
  );
  it('needs at least one line and at most 999', () => {
    expect(
      institutionalRevenueLines.check(institutionalWith(inpatientClaim, { lines: [] }), context),
    ).toHaveLength(1);
    const line = inpatientClaim.institutional!.lines[0]!;
    expect(
      institutionalRevenueLines.check(
        institutionalWith(inpatientClaim, { lines: Array.from({ length: 1000 }, () => line) }),
        context,
      )[0]?.message,
    ).toContain('1000 lines');
  });
});
