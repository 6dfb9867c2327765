import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { linesByDate, PTP_BYPASS_MODIFIERS } from './code-set-helpers.ts';

/**
 * NCCI procedure-to-procedure edits: the column 2 code is not paid with the column 1 code on the
 * same day. Modifier indicator 0: never, no modifier helps; 1: only with an NCCI-associated
 * modifier (59, XE/XS/XP/XU, anatomic, 24/25/57/58/78/79/91) when the services were distinct.
 * NCCI Policy Manual ch. 1 §§C–E; CMS NCCI PTP edit tables.
 */
export function ncciPtp(facts: CodeFacts): ScrubRule {
  return {
    id: 'NCCI-PTP-001',
    category: 'ncci',
    severity: 'deny',
    source: 'NCCI Policy Manual ch. 1 §§C–E; CMS NCCI practitioner PTP edits',
    title: 'No NCCI PTP pair is billed without an allowed bypass',
    check: (claim) =>
      [...linesByDate(claim).values()].flatMap((day) => {
        const findings: Finding[] = [];
        for (const a of day) {
          for (const b of day) {
            if (b.index <= a.index) continue;
            const edit = facts.ptp(
              a.line.procedure.code,
              b.line.procedure.code,
              a.line.serviceDate,
            );
            if (edit.status !== 'edit' || edit.modifierIndicator === 9) continue;
            const col2 = edit.column2 === b.line.procedure.code ? b : a;
            const pair = `${edit.column2} (column 2) with ${edit.column1} (column 1)`;
            if (edit.modifierIndicator === 0) {
              findings.push({
                location: line(col2.index),
                field: 'procedure',
                message: `Line ${col2.index + 1}: ${pair} is an NCCI PTP edit with modifier indicator 0 (${edit.rationale}): never paid together on ${a.line.serviceDate}.`,
                fix: `Remove ${edit.column2}; no modifier bypasses this edit.`,
              });
            } else if (
              ![...a.line.modifiers, ...b.line.modifiers].some((m) => PTP_BYPASS_MODIFIERS.has(m))
            ) {
              findings.push({
                location: line(col2.index),
                field: 'modifiers',
                message: `Line ${col2.index + 1}: ${pair} is an NCCI PTP edit (modifier indicator 1, ${edit.rationale}) billed without a bypass modifier.`,
                fix: `If ${edit.column2} was a distinct service (separate site, session or encounter, documented), add XS/XE/XP/XU or 59 to it; otherwise remove it.`,
              });
            }
          }
        }
        return findings;
      }),
  };
}
