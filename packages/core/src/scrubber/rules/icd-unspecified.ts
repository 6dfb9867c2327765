import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { dx } from './code-set-helpers.ts';

/**
 * Unspecified codes are for when the documentation gives no more detail; a side-unspecified
 * code when the record names the side is a common reason for denials and queries.
 * ICD-10-CM Official Guidelines I.B.18 (use of signs/symptoms/unspecified codes) and I.B.13
 * (laterality).
 */
export function icdUnspecified(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-UNSPEC-001',
    category: 'diagnosis',
    severity: 'warn',
    source: 'ICD-10-CM Official Guidelines I.B.13 (laterality), I.B.18 (unspecified codes)',
    title: 'Unspecified and side-unspecified diagnoses are worth a second look',
    check: (claim) =>
      claim.diagnoses.flatMap((code, i) => {
        const f = facts.diagnosis(code, claim.serviceDateFrom);
        if (f.status !== 'billable' || f.unspecified === undefined) return [];
        const title = f.title ? ` "${f.title}"` : '';
        return [
          {
            field: `diagnoses.${i + 1}`,
            message:
              f.unspecified === 'laterality'
                ? `Diagnosis ${i + 1} ${dx(code)}${title} does not say which side, though codes for right and left exist.`
                : `Diagnosis ${i + 1} ${dx(code)}${title} is an unspecified code.`,
            fix:
              f.unspecified === 'laterality'
                ? 'If the record names the side, use the right or left code; otherwise query the provider.'
                : 'Use a more specific code if the documentation supports one.',
          },
        ];
      }),
  };
}
