import { formatUsd } from '../../money/index.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/** TR3 2400 SV102: a line's charge must be more than zero (most payers reject $0.00 lines). */
export const lineCharge: ScrubRule = {
  id: 'LINE-CHG-001',
  category: 'line',
  severity: 'reject',
  source: '837P 2400 SV102',
  title: 'Every line has a charge above zero',
  check: (claim) =>
    claim.lines.flatMap((l, i) =>
      l.charge > 0
        ? []
        : [
            {
              location: line(i),
              field: 'charge',
              message: `Line ${i + 1} (${l.procedure.code}) is charged ${formatUsd(l.charge)}.`,
              fix: 'Enter the charge; for a no-charge service the payer wants reported, bill $0.01 if its rules say so.',
            },
          ],
    ),
};
