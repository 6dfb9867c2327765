import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { dx } from './code-set-helpers.ts';

/**
 * Two codes joined by an Excludes1 note ("NOT CODED HERE") are never reported together,
 * except when the conditions are unrelated (the coder's call, so the message quotes the note).
 * ICD-10-CM Official Guidelines I.A.12.a.
 */
export function icdExcludes1(facts: CodeFacts): ScrubRule {
  return {
    id: 'ICD-EXCL1-001',
    category: 'diagnosis',
    severity: 'deny',
    source: 'ICD-10-CM Official Guidelines I.A.12.a (Excludes1)',
    title: 'No two diagnoses are joined by an Excludes1 note',
    check: (claim) => {
      const findings: Finding[] = [];
      const codes = claim.diagnoses;
      for (let i = 0; i < codes.length; i++) {
        for (let j = i + 1; j < codes.length; j++) {
          const a = codes[i] ?? '';
          const b = codes[j] ?? '';
          const [note] = facts.excludes1(a, b);
          if (!note) continue;
          findings.push({
            field: `diagnoses.${j + 1}`,
            message: `${dx(b)} (diagnosis ${j + 1}) and ${dx(a)} (diagnosis ${i + 1}) may not be reported together: Excludes1 at ${note.noteAt} "${note.noteText}".`,
            fix: `Keep the code the documentation supports and remove the other, unless the two conditions are unrelated (Guideline I.A.12.a exception).`,
          });
        }
      }
      return findings;
    },
  };
}
