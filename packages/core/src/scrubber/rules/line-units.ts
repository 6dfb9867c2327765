import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

/** TR3 2400 SV104: service units must be more than zero. */
export const lineUnits: ScrubRule = {
  id: 'LINE-UNIT-001',
  category: 'line',
  severity: 'reject',
  source: '837P 2400 SV104',
  title: 'Every line has more than zero units',
  check: (claim) =>
    claim.lines.flatMap((l, i) =>
      l.units > 0 && Number.isFinite(l.units)
        ? []
        : [
            {
              location: line(i),
              field: 'units',
              message: `Line ${i + 1} (${l.procedure.code}) has ${l.units} units.`,
              fix: 'Enter the units performed (at least 1; minutes for anesthesia time).',
            },
          ],
    ),
};
