import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { linesByDate } from './code-set-helpers.ts';

/**
 * Medically Unlikely Edits: the most units of a code one provider reports for one patient on one
 * date of service. MAI 1 is a line edit; MAI 2 (policy) and 3 (clinical) count all lines of the
 * code that day. MAI 2 denials are absolute; MAI 3 may be paid on appeal with documentation.
 * NCCI Policy Manual ch. 1 §V; CMS practitioner MUE table.
 */
export function ncciMue(facts: CodeFacts): ScrubRule {
  return {
    id: 'NCCI-MUE-001',
    category: 'ncci',
    severity: 'deny',
    source: 'NCCI Policy Manual ch. 1 §V (MUE); CMS practitioner services MUE table',
    title: 'Units per code and date of service stay within the MUE',
    check: (claim) =>
      [...linesByDate(claim).values()].flatMap((day) => {
        const findings: Finding[] = [];
        const byCode = new Map<string, typeof day>();
        for (const entry of day) {
          const code = entry.line.procedure.code;
          byCode.set(code, [...(byCode.get(code) ?? []), entry]);
        }
        for (const [code, entries] of byCode) {
          const first = entries[0];
          if (!first) continue;
          const mue = facts.mue(code, first.line.serviceDate);
          if (!mue) continue;
          if (mue.indicator === 1) {
            for (const { line: l, index } of entries.filter((e) => e.line.units > mue.value)) {
              findings.push({
                location: line(index),
                field: 'units',
                message: `Line ${index + 1}: ${l.units} units of ${code} exceed its MUE of ${mue.value} per line (MAI 1 line edit, ${mue.rationale}).`,
                fix: `Report at most ${mue.value} unit${mue.value === 1 ? '' : 's'} per line; additional units go on separate lines with the modifier that explains them (76, 77, 91, anatomic or XS).`,
              });
            }
            continue;
          }
          const units = entries.reduce((sum, e) => sum + e.line.units, 0);
          if (units <= mue.value) continue;
          findings.push({
            location: line(first.index),
            field: 'units',
            message:
              mue.value === 0
                ? `${code} on ${first.line.serviceDate} has an MUE of 0 (MAI ${mue.indicator}, ${mue.rationale}): the payer does not pay it to practitioners.`
                : `${units} units of ${code} on ${first.line.serviceDate} exceed its MUE of ${mue.value} per day (MAI ${mue.indicator} ${mue.indicator === 2 ? 'policy' : 'clinical'} date-of-service edit, ${mue.rationale}).`,
            fix:
              mue.indicator === 2
                ? `Report at most ${mue.value} unit${mue.value === 1 ? '' : 's'}: an MAI 2 limit is absolute and not paid on appeal.`
                : `Check the units; if more than ${mue.value} were truly given, expect a denial and appeal with the records.`,
          });
        }
        return findings;
      }),
  };
}
