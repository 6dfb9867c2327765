import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { dx, someCodes } from './code-set-helpers.ts';

/**
 * Codes in categories with a 7th-character definition (injuries S, T, fractures in M, O33…)
 * are incomplete without it, and the 7th character must sit in position 7, with the
 * placeholder X filling empty positions. ICD-10-CM Official Guidelines I.B.16 and the
 * Tabular `sevenChrDef` notes.
 */
export function icdSeventhCharacter(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-7TH-001',
    category: 'diagnosis',
    severity: 'reject',
    source: 'ICD-10-CM Official Guidelines I.B.16 (7th characters and placeholder X)',
    title: 'Codes that require a 7th character have a valid one, in position 7',
    check: (claim) =>
      claim.diagnoses.flatMap((code, i) => {
        const f = facts.diagnosis(code, claim.serviceDateFrom);
        const seventh = f.seventhCharacter;
        if (f.status !== 'header' && f.status !== 'unknown-code') return [];
        if (!seventh || seventh.complete) return [];
        const shown = seventh.values.slice(0, 4).map((v) => `${v.character} ${v.meaning}`);
        const allowed = shown.join('; ') + (seventh.values.length > 4 ? '; …' : '');
        const field = `diagnoses.${i + 1}`;
        if (seventh.placeholderFix) {
          return [
            {
              field,
              message: `Diagnosis ${i + 1} ${dx(code)} is missing the placeholder X: the 7th character must be in position 7 (${dx(seventh.placeholderFix)}).`,
              fix: `Report ${dx(seventh.placeholderFix)}.`,
            },
          ];
        }
        return [
          {
            field,
            message:
              code.length >= 7
                ? `Diagnosis ${i + 1} ${dx(code)} has a 7th character that ${seventh.definedAt} does not allow on the date of service.`
                : `Diagnosis ${i + 1} ${dx(code)} needs a 7th character (defined at ${seventh.definedAt}: ${allowed}).`,
            fix:
              seventh.completions.length > 0
                ? `Add the 7th character for the encounter, e.g. ${someCodes(seventh.completions, dx, 4)}.`
                : 'Add the 7th character for the encounter (initial, subsequent, sequela…), with placeholder X where needed.',
          },
        ];
      }),
  };
}
