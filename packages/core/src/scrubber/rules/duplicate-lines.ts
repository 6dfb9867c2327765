import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';

const key = (code: string, modifiers: readonly string[], date: string) =>
  `${code}|${[...modifiers].sort().join(',')}|${date}`;

/**
 * Two lines with the same code, modifiers and date deny as duplicates (CARC 18) unless a
 * repeat modifier (76, 77, 91) or units on one line say it was done again.
 */
export const duplicateLines: ScrubRule = {
  id: 'LINE-DUP-001',
  category: 'duplicate',
  severity: 'deny',
  source: 'CARC 18 (exact duplicate); NCCI policy manual ch. I (units vs repeat lines)',
  title: 'No two lines bill the same code, modifiers and date',
  check: (claim) => {
    const first = new Map<string, number>();
    return claim.lines.flatMap((l, i) => {
      const k = key(l.procedure.code, l.modifiers, l.serviceDate);
      const earlier = first.get(k);
      if (earlier === undefined) {
        first.set(k, i);
        return [];
      }
      return [
        {
          location: line(i),
          field: 'procedure',
          message: `Line ${i + 1} repeats line ${earlier + 1}: ${l.procedure.code}${l.modifiers.length ? `-${l.modifiers.join('-')}` : ''} on ${l.serviceDate}.`,
          fix: 'Bill one line with the total units, or add 76/77 (repeat procedure) or 91 (repeat lab) when it was truly done again.',
        },
      ];
    });
  },
};
