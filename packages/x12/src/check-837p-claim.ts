import type { ProfessionalClaim } from './claim-837p.ts';
import { checkClaimLines } from './check-claim-lines.ts';
import type { ElementReader } from './element-reader.ts';
import { checkCobBalancing } from './check-837p-cob.ts';
import { relatedCauseCodes } from './code-lists.ts';

/**
 * Claim-level rules of 005010X222A1 that a payer front end applies, reported on the CLM or SV1:
 *
 * - 2400 is required: at least one service line (`required-loop-missing`, IK3 I7);
 * - CLM02 total claim charge = Σ SV102 line charges (`claim-charge-mismatch`);
 * - REF*F8 payer claim control number is required when CLM05-3 is 7 or 8 (IK3 I6);
 * - each SV107 pointer names an HI diagnosis that exists (`diagnosis-pointer-unknown`);
 * - CLM11 related causes are EM, AA or OA; an auto accident (AA) names its state in CLM11-4
 *   and an auto or other accident (AA, OA) has its DTP*439 accident date ({@link checkRelatedCauses});
 * - the COB loops balance ({@link checkCobBalancing}).
 */
export function checkProfessionalClaim(claim: ProfessionalClaim, r: ElementReader): void {
  r.loop = '2300';
  checkClaimLines(claim, 'SV102', r);
  if (
    (claim.frequency === '7' || claim.frequency === '8') &&
    claim.payerClaimControlNumber === undefined
  ) {
    r.report(
      claim.at,
      'missing-payer-claim-control-number',
      `claim ${claim.claimId} has frequency ${claim.frequency} but no REF*F8`,
      undefined,
      { ik3: 'I6' },
    );
  }
  checkRelatedCauses(claim, r);
  r.loop = '2400';
  for (const line of claim.lines) {
    for (const p of line.diagnosisPointers) {
      if (p > claim.diagnoses.length) {
        r.report(
          line.at,
          'diagnosis-pointer-unknown',
          `SV107 points to diagnosis ${p} but the claim has ${claim.diagnoses.length}`,
          7,
        );
      }
    }
  }
  checkCobBalancing(claim, r);
}

const RELATED_CAUSES: ReadonlySet<string> = new Set(relatedCauseCodes);

function checkRelatedCauses(claim: ProfessionalClaim, r: ElementReader): void {
  const causes = claim.relatedCauses ?? [];
  for (const cause of causes) {
    if (!RELATED_CAUSES.has(cause))
      r.report(claim.at, 'invalid-code', `CLM11 related cause "${cause}" is not EM, AA or OA`, 11, {
        ik4: '7',
      });
  }
  if (causes.includes('AA') && claim.autoAccidentState === undefined)
    r.report(
      claim.at,
      'required-component-missing',
      `claim ${claim.claimId} is related to an auto accident (CLM11 AA) but CLM11-4 has no state`,
      11,
      { ik4: '1' },
    );
  if ((causes.includes('AA') || causes.includes('OA')) && claim.accidentDate === undefined)
    r.report(
      claim.at,
      'missing-accident-date',
      `claim ${claim.claimId} is related to an accident (CLM11 ${causes.join(', ')}) but has no DTP*439 accident date`,
      undefined,
      { ik3: 'I6' },
    );
}
