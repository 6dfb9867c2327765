import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';

/**
 * A code whose Tabular entry says "Code first" needs that etiology on the claim, sequenced
 * before it. ICD-10-CM Official Guidelines I.A.13 and the Tabular "Code first" notes.
 */
export function icdCodeFirst(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-CODEFIRST-001',
    category: 'diagnosis',
    severity: 'deny',
    source: 'ICD-10-CM Official Guidelines I.A.13; Tabular "Code first" notes',
    title: 'The etiology a "code first" note names is present and listed first',
    check: (claim) =>
      facts
        .sequencing(claim.diagnoses, claim.serviceDateFrom)
        .filter((s) => s.kind === 'etiology-missing' || s.kind === 'etiology-after')
        .map((s) => ({
          field: `diagnoses.${s.position + 1}`,
          message: s.message,
          fix:
            s.kind === 'etiology-missing'
              ? 'Add the documented underlying condition and list it before this code.'
              : 'Re-order the diagnoses so the underlying condition comes first.',
          ...(s.severity === 'warning' ? { severity: 'warn' as const } : {}),
        })),
  };
}
