import { formatUsd } from '../../money/index.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/** A line charged differently from the fee schedule, and not overridden on purpose, is a slip. */
export const lineFeeSchedule: ScrubRule = {
  id: 'LINE-FEE-001',
  category: 'line',
  severity: 'warn',
  source: 'Practice charge master (fee schedule)',
  title: 'Charges equal the fee schedule unless overridden',
  check: (claim) =>
    claim.lines.flatMap((l, i) =>
      l.scheduledCharge === undefined || l.chargeOverridden || l.charge === l.scheduledCharge
        ? []
        : [
            {
              location: line(i),
              field: 'charge',
              message: `Line ${i + 1} (${l.procedure.code}) is charged ${formatUsd(l.charge)}; the fee schedule says ${formatUsd(l.scheduledCharge)}.`,
              fix: 'Use the fee schedule amount, or mark the charge as an intended override.',
            },
          ],
    ),
};
