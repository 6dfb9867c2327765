import { isAfter } from '../../dates/index.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/**
 * A claim may not bill a service that has not happened yet (payer front-end edit). Each future
 * line is named; the claim's own period is flagged only when no line explains it.
 */
export const futureServiceDate: ScrubRule = {
  id: 'DATE-DOS-001',
  category: 'dates',
  severity: 'reject',
  source: 'Payer front-end edit: date of service after the receipt date',
  title: 'No date of service is in the future',
  check: (claim, { today }) => {
    const lines = claim.lines.flatMap((l, i) =>
      isAfter(l.serviceDate, today)
        ? [
            {
              location: line(i),
              field: 'serviceDate',
              message: `Line ${i + 1} (${l.procedure.code}) is dated ${l.serviceDate}, after today (${today}).`,
              fix: 'Bill the service after it is performed; correct a mistyped date.',
            },
          ]
        : [],
    );
    if (lines.length > 0 || !isAfter(claim.serviceDateTo, today)) return lines;
    return [
      {
        field: 'serviceDateTo',
        message: `The claim's service dates run to ${claim.serviceDateTo}, after today (${today}).`,
        fix: 'Correct the service period.',
      },
    ];
  },
};
