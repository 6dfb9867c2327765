import type { ClaimHeader } from './claim-837p.ts';
import type { ElementReader } from './element-reader.ts';
import { formatCents, type Cents } from './money.ts';

/** A professional or institutional claim with the charges of its lines. */
type ClaimWithLines = ClaimHeader & { readonly lines: readonly { readonly charge: Cents }[] };

/**
 * The line rules 005010X222A1 and X223A2 share, reported on the CLM: 2400 is required, at
 * least one service line (`required-loop-missing`, IK3 I7), and CLM02 total claim charge =
 * Σ line charges (`claim-charge-mismatch`); `lineCharge` names the line element (SV102, SV203).
 */
export function checkClaimLines(claim: ClaimWithLines, lineCharge: string, r: ElementReader): void {
  if (claim.lines.length === 0) {
    r.report(
      claim.at,
      'required-loop-missing',
      `claim ${claim.claimId} has no 2400 service line`,
      undefined,
      { ik3: 'I7' },
    );
    return;
  }
  let lineTotal = 0;
  for (const line of claim.lines) lineTotal += line.charge;
  if (lineTotal !== claim.charge) {
    r.report(
      claim.at,
      'claim-charge-mismatch',
      `CLM02 ${formatCents(claim.charge)} is not the sum of ${lineCharge} line charges ${formatCents(lineTotal)}`,
      2,
    );
  }
}
