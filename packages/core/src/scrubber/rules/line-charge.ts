import { formatUsd } from '../../money/index.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/**
 * TR3 2400 SV102: a line's charge must be more than zero (most payers reject $0.00 lines; X12
 * allows zero, RFI 2836). A vaccine from state-supplied stock (modifier SL, VFC) is the exception
 * Medicaid programs ask for: reported at $0.00, since the practice paid nothing for it.
 */
export const lineCharge: ScrubRule = {
  id: 'LINE-CHG-001',
  category: 'line',
  severity: 'reject',
  source: '837P 2400 SV102; state Medicaid VFC billing (modifier SL at $0.00)',
  title: 'Every line has a charge above zero, but a state-supplied vaccine (SL)',
  check: (claim) =>
    claim.lines.flatMap((l, i) =>
      l.charge > 0 || (l.charge === 0 && l.modifiers.includes('SL'))
        ? []
        : [
            {
              location: line(i),
              field: 'charge',
              message: `Line ${i + 1} (${l.procedure.code}) is charged ${formatUsd(l.charge)}.`,
              fix: 'Enter the charge; a vaccine from state-supplied stock takes modifier SL at $0.00; for another no-charge service the payer wants reported, bill $0.01 if its rules say so.',
            },
          ],
    ),
};
