import type { Adjustment } from './remittance.ts';
import type { ClaimHeader, LineAdjudication, OtherPayer } from './claim-837p.ts';
import type { ElementReader } from './element-reader.ts';
import { formatCents, type Cents } from './money.ts';

/** What the COB balancing reads of a claim: 837P, 837I and 837D claims alike. */
export interface CobCheckedClaim extends Pick<ClaimHeader, 'charge' | 'otherPayers'> {
  readonly lines: readonly {
    readonly number: string;
    readonly charge: Cents;
    readonly adjudications: readonly LineAdjudication[];
  }[];
}

const total = (adjustments: readonly Adjustment[]) =>
  adjustments.reduce((sum, a) => sum + a.amount, 0);

/**
 * COB balancing of 005010X222A1 (1.4.4.1; the same in X223A2 and X224A2) for each earlier
 * payer of a claim, the checks a secondary payer's front end applies before it rejects:
 *
 * - line: SV102 (SV203, SV302: `chargeElement`) = SVD02 + Σ 2430 CAS (`cob-line-unbalanced`);
 * - claim: CLM02 = 2320 AMT*D + Σ 2320 CAS + Σ 2430 CAS (`cob-claim-unbalanced`);
 * - with line adjudication: AMT*D = Σ SVD02 − Σ 2320 CAS (`cob-paid-mismatch`);
 * - SVD01 names a 2330B payer (`cob-unknown-payer`);
 * - the adjudication date is sent once: 2430 DTP*573 on each line adjudication, or 2330B
 *   DTP*573 when the payer has no 2430 (`cob-adjudication-date-missing`, `-twice`);
 * - the remaining patient liability is sent at one level: 2320 AMT*EAF or the payer's 2430
 *   AMT*EAF, not both (`cob-patient-liability-twice`; X12 RFI 1391).
 */
export function checkCobBalancing(
  claim: CobCheckedClaim,
  r: ElementReader,
  chargeElement = 'SV102',
): void {
  const payerIds = new Set(claim.otherPayers.flatMap((o) => (o.payer?.id ? [o.payer.id] : [])));
  r.loop = '2430';
  for (const line of claim.lines) {
    for (const a of line.adjudications) {
      if (!payerIds.has(a.payerId))
        r.report(a.at, 'cob-unknown-payer', `SVD01 ${a.payerId} names no 2330B other payer`, 1);
      const adjusted = a.paid + total(a.adjustments);
      if (adjusted !== line.charge)
        r.report(
          a.at,
          'cob-line-unbalanced',
          `line ${line.number}: SVD02 ${formatCents(a.paid)} + CAS ${formatCents(total(a.adjustments))} is not the line charge ${chargeElement} ${formatCents(line.charge)}`,
          2,
        );
      if (a.date === undefined)
        r.report(a.at, 'cob-adjudication-date-missing', `line ${line.number}: 2430 needs DTP*573`);
    }
  }
  r.loop = '2320';
  for (const other of claim.otherPayers) checkOtherPayer(claim, other, r);
}

function checkOtherPayer(claim: CobCheckedClaim, other: OtherPayer, r: ElementReader): void {
  const id = other.payer?.id;
  const lines = claim.lines.flatMap((l) => l.adjudications.filter((a) => a.payerId === id));
  const claimCas = total(other.adjustments);
  const lineCas = lines.reduce((sum, a) => sum + total(a.adjustments), 0);
  if (other.paid !== undefined && other.paid + claimCas + lineCas !== claim.charge) {
    r.report(
      other.at,
      'cob-claim-unbalanced',
      `other payer ${id ?? ''}: AMT*D ${formatCents(other.paid)} + claim CAS ${formatCents(claimCas)} + line CAS ${formatCents(lineCas)} is not CLM02 ${formatCents(claim.charge)}`,
    );
  }
  const linePaid = lines.reduce((sum, a) => sum + a.paid, 0);
  if (lines.length > 0 && other.paid !== undefined && other.paid !== linePaid - claimCas) {
    r.report(
      other.at,
      'cob-paid-mismatch',
      `other payer ${id ?? ''}: AMT*D ${formatCents(other.paid)} is not Σ SVD02 ${formatCents(linePaid)} − claim CAS ${formatCents(claimCas)}`,
    );
  }
  if (lines.length > 0 && other.adjudicatedOn !== undefined)
    r.report(
      other.at,
      'cob-adjudication-date-twice',
      `other payer ${id ?? ''}: 2330B DTP*573 is not sent when its lines carry 2430 DTP*573`,
    );
  if (
    other.remainingPatientLiability !== undefined &&
    lines.some((a) => a.remainingPatientLiability !== undefined)
  )
    r.report(
      other.at,
      'cob-patient-liability-twice',
      `other payer ${id ?? ''}: the remaining patient liability is sent in 2320 AMT*EAF or in its lines' 2430 AMT*EAF, not both`,
    );
  if (lines.length === 0 && other.paid !== undefined && other.adjudicatedOn === undefined)
    r.report(
      other.at,
      'cob-adjudication-date-missing',
      `other payer ${id ?? ''} adjudicated the claim (AMT*D) but 2330B has no DTP*573`,
    );
}
