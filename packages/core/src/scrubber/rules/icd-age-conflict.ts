import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { ageSexFindings } from './icd-age-sex.ts';

/**
 * Diagnoses that fit one age group only: newborn (P00–P96, Z38), maternity (O00–O9A, Z3A:
 * 12–55), pediatric and adult titles. CMS Medicare Code Editor age edits; ICD-10-CM Official
 * Guidelines I.C.15, I.C.16. Published edits deny; edits derived from code titles warn.
 */
export function icdAgeConflict(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-AGE-001',
    category: 'diagnosis',
    severity: 'deny',
    source: 'CMS Medicare Code Editor age edits; ICD-10-CM Official Guidelines I.C.15, I.C.16',
    title: 'No diagnosis conflicts with the patient’s age on the date of service',
    check: (claim) =>
      ageSexFindings(
        facts,
        claim,
        'age',
        "Check the patient's date of birth, then choose the code for the patient's age group.",
      ),
  };
}
