import type { Finding, ScrubRule } from '../rule.ts';

/**
 * ICD-10-PCS procedures on an institutional claim (837I 2300 HI BBR principal, BBQ other; UB-04
 * FL 74): exactly one principal procedure when any is reported, and each with the date it was
 * performed (HI0n-4, required with the code).
 */
export const institutionalProcedures: ScrubRule = {
  id: 'INST-PROC-001',
  category: 'procedure',
  severity: 'reject',
  source: '837I 2300 HI BBR/BBQ (HI0n-3 D8, HI0n-4 date); UB-04 FL 74',
  title: 'Inpatient procedures have one principal procedure and a date each',
  check: (claim) => {
    const procedures = claim.institutional?.procedures ?? [];
    if (procedures.length === 0) return [];
    const findings: Finding[] = [];
    const principals = procedures.filter((p) => p.principal).length;
    if (principals !== 1)
      findings.push({
        field: 'institutional.procedures',
        message:
          principals === 0
            ? `The claim reports ${procedures.length} other procedure(s) but no principal procedure.`
            : `The claim reports ${principals} principal procedures; there is one.`,
        fix: 'Report the procedure most related to the principal diagnosis (or the definitive one) as principal (FL 74), the others as other procedures (FL 74a–e).',
      });
    procedures.forEach((p, i) => {
      if (p.date === undefined)
        findings.push({
          field: `institutional.procedures.${i + 1}`,
          message: `Procedure ${p.code} has no date.`,
          fix: 'Enter the date the procedure was performed.',
        });
    });
    return findings;
  },
};
