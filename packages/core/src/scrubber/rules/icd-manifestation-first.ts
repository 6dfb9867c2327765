import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';

/**
 * A manifestation code ("in diseases classified elsewhere", italics in the Tabular, bracketed in
 * the Index) never goes first: the underlying etiology is sequenced before it. ICD-10-CM
 * Official Guidelines I.A.13 (etiology/manifestation convention).
 */
export function icdManifestationFirst(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-MANIF-001',
    category: 'diagnosis',
    severity: 'deny',
    source: 'ICD-10-CM Official Guidelines I.A.13 (etiology/manifestation)',
    title: 'A manifestation code is not first-listed',
    check: (claim) =>
      facts
        .sequencing(claim.diagnoses, claim.serviceDateFrom)
        .filter((s) => s.kind === 'manifestation-first')
        .map((s) => ({
          field: `diagnoses.${s.position + 1}`,
          message: s.message,
          fix: 'List the underlying condition first and the manifestation after it.',
          ...(s.severity === 'warning' ? { severity: 'warn' as const } : {}),
        })),
  };
}
