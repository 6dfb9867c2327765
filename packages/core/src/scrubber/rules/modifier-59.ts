import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { DISTINCT_SERVICE_MODIFIERS, linesByDate } from './code-set-helpers.ts';

/**
 * Modifiers 59, XE, XS, XP and XU exist to bypass an NCCI PTP edit whose modifier indicator is 1;
 * on a line with no such edit against another line that day they are misused (and audited).
 * NCCI Policy Manual ch. 1 §E.1–E.2 (modifier 59 and -X{EPSU}).
 */
export function modifier59(facts: CodeFacts): ScrubRule {
  return {
    id: 'MOD-59-001',
    category: 'modifier',
    severity: 'warn',
    source: 'NCCI Policy Manual ch. 1 §E (modifiers 59 and XE/XS/XP/XU)',
    title: '59/XE/XS/XP/XU only where a PTP edit with modifier indicator 1 applies',
    check: (claim) =>
      [...linesByDate(claim).values()].flatMap((day) =>
        day.flatMap(({ line: l, index }) => {
          const used = l.modifiers.filter((m) => DISTINCT_SERVICE_MODIFIERS.has(m));
          if (used.length === 0) return [];
          const answers = day
            .filter((other) => other.index !== index)
            .map((other) => facts.ptp(l.procedure.code, other.line.procedure.code, l.serviceDate));
          if (answers.some((a) => a.status === 'no-release')) return [];
          if (answers.some((a) => a.status === 'edit' && a.modifierIndicator === 1)) return [];
          return [
            {
              location: line(index),
              field: 'modifiers',
              message: `Line ${index + 1} (${l.procedure.code}) carries ${used.join(', ')}, but no NCCI PTP edit with modifier indicator 1 pairs it with another service on ${l.serviceDate}.`,
              fix: `Remove ${used.join(', ')}: there is no edit to bypass.`,
            },
          ];
        }),
      ),
  };
}
