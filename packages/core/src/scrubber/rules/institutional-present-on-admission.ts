import { isPresentOnAdmissionCode } from '../../identifiers/index.ts';
import type { CodeFacts } from '../code-facts.ts';
import type { Finding, ScrubRule } from '../rule.ts';
import { dx } from './code-set-helpers.ts';

/**
 * Present-on-admission indicators (837I 2300 HI0n-9, UB-04 FL 67 and 72): required on every
 * diagnosis of an inpatient acute care hospital bill (11x) except the codes on CMS's POA-exempt
 * list for the fiscal year, which are left blank; wherever given, Y, N, U or W. Section 5001(c)
 * of the Deficit Reduction Act of 2005; ICD-10-CM Official Guidelines, Appendix I.
 */
export function institutionalPresentOnAdmission(facts: CodeFacts): ScrubRule {
  return {
    id: 'INST-POA-001',
    category: 'diagnosis',
    severity: 'reject',
    source: '837I 2300 HI0n-9; UB-04 FL 67; ICD-10-CM Guidelines Appendix I; CMS POA-exempt list',
    title: 'Inpatient diagnoses carry a valid present-on-admission indicator unless exempt',
    check: (claim) => {
      const inst = claim.institutional;
      if (!inst) return [];
      const findings: Finding[] = [];
      const date = inst.admissionDate ?? inst.statementFrom ?? claim.serviceDateFrom;
      claim.diagnoses.forEach((code, i) => {
        const poa = inst.presentOnAdmission[i];
        const field = `diagnoses.${i + 1}`;
        if (poa !== undefined) {
          if (!isPresentOnAdmissionCode(poa))
            findings.push({
              field,
              message: `${dx(code)} has present-on-admission indicator "${poa}"; 5010 takes Y, N, U or W (blank for exempt codes).`,
              fix:
                poa === '1'
                  ? 'Leave the indicator blank for a POA-exempt code (1 was the 4010 value).'
                  : 'Use Y (present), N (not present), U (documentation insufficient) or W (clinically undetermined).',
            });
          return;
        }
        if (inst.facilityType !== '11') return;
        const exempt = facts.diagnosis(code, date).poaExempt;
        if (exempt === true) return;
        findings.push({
          field,
          ...(exempt === undefined ? { severity: 'warn' as const } : {}),
          message:
            exempt === undefined
              ? `${dx(code)} has no present-on-admission indicator, and no POA-exempt list is loaded to tell whether it needs one.`
              : `${dx(code)} has no present-on-admission indicator and is not on the POA-exempt list.`,
          fix: 'Report whether the condition was present at the time the order for inpatient admission occurred: Y, N, U or W.',
        });
      });
      return findings;
    },
  };
}
