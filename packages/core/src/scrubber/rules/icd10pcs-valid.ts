import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';

/**
 * Every ICD-10-PCS procedure code is a complete seven-character code valid for submission on
 * the date it was performed, in the CMS order file in force (fiscal years start October 1).
 * 45 CFR 162.1002(c)(3) (ICD-10-PCS for inpatient hospital procedures).
 */
export function icd10pcsValid(facts: CodeFacts): ScrubRule {
  return {
    id: 'PCS-VALID-001',
    category: 'procedure',
    severity: 'reject',
    source: '45 CFR 162.1002(c)(3); CMS ICD-10-PCS order file; 837I 2300 HI BBR/BBQ',
    title: 'Every ICD-10-PCS code is valid for submission on its procedure date',
    check: (claim) => {
      const inst = claim.institutional;
      if (!inst) return [];
      const fallback = inst.statementFrom ?? claim.serviceDateFrom;
      return inst.procedures.flatMap((p, i) => {
        const date = p.date ?? fallback;
        const f = facts.inpatientProcedure(p.code, date);
        if (f.status === 'valid' || f.status === 'no-release') return [];
        return [
          {
            field: `institutional.procedures.${i + 1}`,
            message:
              f.status === 'header'
                ? `${p.code} is an ICD-10-PCS table heading, not a complete seven-character code (${f.release ?? ''}).`
                : (f.message ?? `${p.code} is not a valid ICD-10-PCS code on ${date}.`),
            fix:
              f.status === 'header'
                ? `Build the full code from the ${p.code} table: body part, approach, device and qualifier.`
                : 'Use the ICD-10-PCS code valid on the procedure date (the order file of that fiscal year).',
          },
        ];
      });
    },
  };
}
