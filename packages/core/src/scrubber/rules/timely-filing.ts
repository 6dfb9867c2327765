import { addDays, daysBetween } from '../../dates/index.ts';
import type { ScrubRule } from '../rule.ts';

const WARN_WITHIN_DAYS = 30;

/**
 * The payer's timely filing limit, counted from the (earliest) date of service to the day the
 * claim is sent. Past it, the payer denies (CARC 29) and the patient may not be billed.
 */
export const timelyFiling: ScrubRule = {
  id: 'DATE-TF-001',
  category: 'dates',
  severity: 'deny',
  source: 'Payer timely filing limit (Medicare: 1 calendar year, 42 CFR 424.44); CARC 29',
  title: 'The claim is sent within the payer’s timely filing limit',
  check: (claim, context) => {
    const limit = claim.payer.timelyFilingDays;
    if (limit === undefined) return [];
    const sentOn = context.submissionDate ?? context.today;
    const deadline = addDays(claim.serviceDateFrom, limit);
    const left = daysBetween(sentOn, deadline);
    if (left < 0) {
      return [
        {
          field: 'serviceDateFrom',
          message: `${claim.payer.name} allows ${limit} days from the date of service; the deadline for ${claim.serviceDateFrom} was ${deadline}.`,
          fix: 'Send only with proof of timely filing (an earlier acceptance report) or an appeal; otherwise write it off per policy.',
        },
      ];
    }
    if (left <= WARN_WITHIN_DAYS) {
      return [
        {
          field: 'serviceDateFrom',
          severity: 'warn',
          message: `${left} day(s) left to file with ${claim.payer.name} (deadline ${deadline}).`,
          fix: 'Send this claim first.',
        },
      ];
    }
    return [];
  },
};
