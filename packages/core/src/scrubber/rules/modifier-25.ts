import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { isEvaluationAndManagement, linesByDate } from './code-set-helpers.ts';

/**
 * An E/M service (99202–99499) billed the same day as a minor procedure (global period 000 or
 * 010) is included in the procedure unless it is significant and separately identifiable,
 * shown by modifier 25 on the E/M. NCCI Policy Manual ch. 1 §D and ch. 11 §B; Claims
 * Processing Manual ch. 12 §30.6.6; CMS MPFS global days.
 */
export function modifier25(facts: CodeFacts): ScrubRule {
  return {
    id: 'MOD-25-001',
    category: 'modifier',
    severity: 'deny',
    source: 'NCCI Policy Manual ch. 1 §D, ch. 11 §B; Claims Processing Manual ch. 12 §30.6.6',
    title: 'An E/M billed with a minor procedure the same day carries modifier 25',
    check: (claim) =>
      [...linesByDate(claim).values()].flatMap((day) => {
        const minor = day.find(({ line: l }) => {
          const global = facts.procedure(l.procedure, l.serviceDate).fee?.globalDays;
          return global === '000' || global === '010';
        });
        if (!minor) return [];
        return day
          .filter(
            ({ line: l }) =>
              isEvaluationAndManagement(l.procedure.code) &&
              !l.modifiers.some((m) => m === '25' || m === '57'),
          )
          .map(({ line: l, index }) => ({
            location: line(index),
            field: 'modifiers',
            message: `Line ${index + 1}: E/M ${l.procedure.code} is billed on ${l.serviceDate} with minor procedure ${minor.line.procedure.code} (global ${facts.procedure(minor.line.procedure, l.serviceDate).fee?.globalDays ?? ''}) without modifier 25.`,
            fix: 'Add modifier 25 if the visit was significant and separately identifiable (documented beyond the procedure’s pre-service work); otherwise remove the E/M.',
          }));
      }),
  };
}
