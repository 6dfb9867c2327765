import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import { dx } from './code-set-helpers.ts';

/**
 * Each diagnosis pointer (837P 2400 SV107) must lead to a diagnosis that is billable on the
 * line's date of service: the line is rejected when its pointed diagnosis is a header, deleted
 * or incomplete. 837P 2400 SV107; ICD-10-CM Official Guidelines I.B.7.
 */
export function lineDiagnosisBillable(facts: CodeFacts): ScrubRule {
  return {
    id: 'LINE-DXBILL-001',
    category: 'line',
    severity: 'reject',
    source: '837P 2400 SV107; ICD-10-CM Official Guidelines I.B.7',
    title: 'Every diagnosis pointer leads to a code billable on the line’s date',
    check: (claim) =>
      claim.lines.flatMap((l, i) =>
        l.diagnosisPointers.flatMap((p, k) => {
          const code = claim.diagnoses[p - 1];
          if (code === undefined) return [];
          const f = facts.diagnosis(code, l.serviceDate);
          if (f.status === 'billable' || f.status === 'no-release') return [];
          return [
            {
              location: line(i),
              field: `diagnosisPointers.${k + 1}`,
              message: `Line ${i + 1} (${l.procedure.code}) points at diagnosis ${p}, ${dx(code)}, which is not billable on ${l.serviceDate} (${f.status}).`,
              fix: 'Correct the diagnosis code (see ICD-VALID-001 / ICD-7TH-001) or point the line at a billable one.',
            },
          ];
        }),
      ),
  };
}
