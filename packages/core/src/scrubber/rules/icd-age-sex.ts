import { ageInYears } from '../../dates/index.ts';
import type { AgeSexFact, CodeFacts } from '../code-facts.ts';
import type { Finding } from '../rule.ts';
import type { ScrubClaim } from '../scrub-claim.ts';

/** The age or sex findings of every diagnosis; published edits deny, title-derived ones warn. */
export function ageSexFindings(
  facts: CodeFacts,
  claim: ScrubClaim,
  kind: AgeSexFact['kind'],
  fix: string,
): Finding[] {
  const dos = claim.serviceDateFrom;
  const patient = { age: ageInYears(claim.patient.dateOfBirth, dos), sex: claim.patient.sex };
  if (patient.age < 0) return [];
  return claim.diagnoses.flatMap((code, i) =>
    facts
      .ageSex(code, patient, dos)
      .filter((f) => f.kind === kind)
      .map((f) => ({
        field: `diagnoses.${i + 1}`,
        message: `Diagnosis ${i + 1} ${f.message}`,
        fix,
        ...(f.severity === 'warning' ? { severity: 'warn' as const } : {}),
      })),
  );
}
