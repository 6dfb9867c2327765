import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates/index.ts';
import { claimWith, cleanClaim } from '../scrub-claim.fixture.ts';
import { timelyFiling } from './timely-filing.ts';

const commercial = claimWith({
  payer: { ...cleanClaim.payer, name: 'Aetna', timelyFilingDays: 90 },
});

describe('DATE-TF-001 timely filing', () => {
  it.each([
    ['well inside the limit', '2026-04-01', 0, undefined],
    ['31 days left', '2026-04-30', 0, undefined],
    ['30 days left: a warning', '2026-05-01', 1, 'warn'],
    ['the deadline day itself', '2026-05-31', 1, 'warn'],
    ['one day late: a denial', '2026-06-01', 1, undefined],
  ])('%s', (_label, sentOn, n, severity) => {
    const findings = timelyFiling.check(commercial, {
      today: isoDate('2026-03-10'),
      submissionDate: isoDate(sentOn),
    });
    expect(findings).toHaveLength(n);
    if (n > 0) expect(findings[0]?.severity).toBe(severity);
  });
  it('says the deadline date, and skips payers whose limit is unknown', () => {
    expect(timelyFiling.check(commercial, { today: isoDate('2026-07-01') })[0]?.message).toContain(
      '2026-05-31',
    );
    expect(
      timelyFiling.check(
        claimWith({ payer: { name: 'X', payerId: 'X1', claimFilingIndicator: 'CI' } }),
        { today: isoDate('2030-01-01') },
      ),
    ).toEqual([]);
  });
});
