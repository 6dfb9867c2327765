import { isWithin } from '../../dates/index.ts';
import type { ScrubRule } from '../rule.ts';

/** The coverage billed must be in force on every date of service (eligibility; CARC 27). */
export const coverageActive: ScrubRule = {
  id: 'COV-ELIG-001',
  category: 'coverage',
  severity: 'deny',
  source:
    'Eligibility: CARC 27 (expenses incurred after coverage terminated), CARC 26 (before coverage)',
  title: 'The coverage billed is in force on the dates of service',
  check: (claim) => {
    const coverage = claim.coverage;
    if (!coverage) return [];
    const range = coverage.effectiveTo
      ? { from: coverage.effectiveFrom, to: coverage.effectiveTo }
      : { from: coverage.effectiveFrom };
    const outside = [claim.serviceDateFrom, claim.serviceDateTo].filter((d) => !isWithin(d, range));
    if (outside.length === 0) return [];
    return [
      {
        field: 'coverage',
        message: `${claim.payer.name} coverage runs ${coverage.effectiveFrom} to ${coverage.effectiveTo ?? 'open'}; the service on ${outside[0]} falls outside it.`,
        fix: 'Verify eligibility (270/271) and bill the coverage in force on that date, or the patient.',
      },
    ];
  },
};
