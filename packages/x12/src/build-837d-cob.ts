import type { LineAdjudication837d, ServiceLine837d } from './build-837d-input.ts';
import { writeLineOutcome } from './build-837p-cob.ts';
import type { SetBuilder } from './build-segments.ts';
import { amount, pattern, quantity, text } from './build-values.ts';

/**
 * Loop 2430 of a dental line (005010X224A2): SVD (SVD01 the 2330B payer ID, SVD02 paid,
 * SVD03 AD:CDT:modifiers as adjudicated, the line's own code by default, SVD05 paid units),
 * CAS per group, DTP*573 (the adjudication date the TR3 requires in every 2430) and AMT*EAF.
 */
export function writeDentalAdjudication(
  b: SetBuilder,
  a: LineAdjudication837d,
  line: ServiceLine837d,
): void {
  b.loop = '2430';
  const modifiers = a.procedureCode === undefined ? (line.modifiers ?? []) : (a.modifiers ?? []);
  b.add('SVD', [
    text(a.payerId, 80, 'other payer ID'),
    amount(a.paid, 'line paid amount'),
    [
      'AD',
      pattern(
        a.procedureCode ?? line.procedureCode,
        /^D\d{4}$/,
        'adjudicated procedure code',
        'a CDT code (D and four digits)',
      ),
      ...modifiers
        .slice(0, 4)
        .map((m) => pattern(m, /^[A-Z0-9]{2}$/, 'modifier', 'two letters or digits')),
    ],
    '',
    quantity(a.units, 'paid units'),
  ]);
  writeLineOutcome(b, a);
}
