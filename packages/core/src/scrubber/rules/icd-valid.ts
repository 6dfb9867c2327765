import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { dx, someCodes } from './code-set-helpers.ts';

/**
 * Every diagnosis must be a billable ICD-10-CM code in the release in force on the date of
 * service: a category or subcategory with subdivisions is a header, not a code, and a deleted
 * code is rejected by the payer's front end. ICD-10-CM Official Guidelines I.B.7 (level of
 * detail) and HIPAA code-set rule (45 CFR 162.1002: the code set valid on the date of service).
 * A code that only lacks (or misplaces) its 7th character is left to ICD-7TH-001.
 */
export function icdValid(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-VALID-001',
    category: 'diagnosis',
    severity: 'reject',
    source: 'ICD-10-CM Official Guidelines I.B.7; 45 CFR 162.1002 (code set on the DOS)',
    title: 'Every diagnosis is a billable ICD-10-CM code on the date of service',
    check: (claim) =>
      claim.diagnoses.flatMap((code, i): Finding[] => {
        const f = facts.diagnosis(code, claim.serviceDateFrom);
        const field = `diagnoses.${i + 1}`;
        const on = `on ${claim.serviceDateFrom}`;
        switch (f.status) {
          case 'billable':
          case 'no-release':
            return [];
          case 'header':
            if (f.seventhCharacter && !f.seventhCharacter.complete) return [];
            return [
              {
                field,
                message: `Diagnosis ${i + 1} ${dx(code)} is a header in ${f.release ?? 'the release in force'}, not a billable code.`,
                fix:
                  f.billableChildren.length > 0
                    ? `Code to the highest specificity documented: ${someCodes(f.billableChildren, dx)}.`
                    : 'Code to the highest specificity documented.',
              },
            ];
          case 'deleted':
          case 'not-yet-valid':
          case 'unknown-code': {
            if (f.status === 'unknown-code' && f.seventhCharacter && !f.seventhCharacter.complete) {
              return [];
            }
            const why =
              f.status === 'deleted'
                ? `was deleted before ${f.release ?? 'the release in force'}`
                : f.status === 'not-yet-valid'
                  ? `is not yet valid ${on}`
                  : 'is not an ICD-10-CM code';
            return [
              {
                field,
                message: `Diagnosis ${i + 1} ${dx(code)} ${why}.`,
                fix:
                  f.replacements.length > 0
                    ? `Replace it with ${someCodes(f.replacements, dx)} as documented.`
                    : `Look the condition up again in the code set in force ${on}.`,
              },
            ];
          }
        }
      }),
  };
}
