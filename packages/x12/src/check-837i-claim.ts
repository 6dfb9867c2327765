import type { InstitutionalClaim } from './claim-837i.ts';
import { checkClaimLines } from './check-claim-lines.ts';
import type { ElementReader } from './element-reader.ts';

/**
 * Claim-level rules of 005010X223A2 that a payer front end applies, reported on the CLM:
 *
 * - 2400 is required: at least one service line (`required-loop-missing`, IK3 I7);
 * - CLM02 total claim charge = Σ SV203 line charges (`claim-charge-mismatch`);
 * - DTP*434 statement dates are required (IK3 I6);
 * - an HI principal diagnosis (ABK or BK) is required (IK3 I6);
 * - REF*F8 payer claim control number is required when CLM05-3 is 7 or 8 (IK3 I6).
 */
export function checkInstitutionalClaim(claim: InstitutionalClaim, r: ElementReader): void {
  r.loop = '2300';
  const missing = (code: string, what: string) =>
    r.report(claim.at, code, `claim ${claim.claimId} has no ${what}`, undefined, { ik3: 'I6' });
  checkClaimLines(claim, 'SV203', r);
  if (claim.statementFrom === undefined)
    missing('required-segment-missing', 'DTP*434 statement dates');
  if (!claim.diagnoses.some((d) => d.kind === 'principal-diagnosis'))
    missing('principal-diagnosis-missing', 'HI principal diagnosis (ABK or BK)');
  if ((claim.frequency === '7' || claim.frequency === '8') && !claim.payerClaimControlNumber)
    missing(
      'missing-payer-claim-control-number',
      `REF*F8 though its frequency is ${claim.frequency}`,
    );
}
