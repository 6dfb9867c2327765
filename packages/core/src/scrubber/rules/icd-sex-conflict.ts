import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { ageSexFindings } from './icd-age-sex.ts';

/**
 * Diagnoses that fit one sex only: chapter 15 and Z3A (female), the Tabular's male and female
 * genital sections (N40–N53, N70–N98, C51–C63), organ-specific titles. CMS Medicare Code
 * Editor sex edits; ICD-10-CM Official Guidelines I.C.15.a. Published edits and Tabular
 * sections deny; edits derived from code titles warn.
 */
export function icdSexConflict(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-SEX-001',
    category: 'diagnosis',
    severity: 'deny',
    source: 'CMS Medicare Code Editor sex edits; ICD-10-CM Tabular sections; Guideline I.C.15.a',
    title: 'No diagnosis conflicts with the patient’s sex',
    check: (claim) =>
      ageSexFindings(
        facts,
        claim,
        'sex',
        "Check the patient's sex and the code; if both are right, send the payer's sex-edit override (e.g. Medicare condition code 45 / modifier KX).",
      ),
  };
}
