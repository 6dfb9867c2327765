import { formatCents } from './money.ts';
import type {
  Adjustment,
  ProviderAdjustment,
  Remittance,
  RemittanceClaim,
  RemittanceHeader,
} from './remittance.ts';
import type { ElementReader } from './element-reader.ts';

function total(adjustments: readonly Adjustment[]): number {
  let sum = 0;
  for (const a of adjustments) sum += a.amount;
  return sum;
}

const money = (cents: number): string => formatCents(cents);

/**
 * Checks one claim payment against the 835 balancing rules of the 005010X221A1 front matter
 * ("Balancing") and reports each failure, never correcting anything:
 *
 * - service line (2110): SVC02 charge − Σ line CAS = SVC03 paid;
 * - claim (2100): CLP03 charge − Σ claim CAS − Σ line CAS = CLP04 paid.
 */
export function checkClaimBalance(claim: RemittanceClaim, r: ElementReader): void {
  let lineAdjustments = 0;
  for (const line of claim.serviceLines) {
    const lineAdj = total(line.adjustments);
    lineAdjustments += lineAdj;
    if (line.charge - lineAdj !== line.paid) {
      r.loop = '2110';
      r.report(
        line.at,
        'unbalanced-service-line',
        `service line ${line.procedure.code}: charge ${money(line.charge)} − adjustments ${money(lineAdj)} = ${money(line.charge - lineAdj)}, but SVC03 paid is ${money(line.paid)}`,
        3,
      );
    }
  }
  const claimAdj = total(claim.adjustments);
  const expected = claim.charge - claimAdj - lineAdjustments;
  if (expected !== claim.paid) {
    r.loop = '2100';
    r.report(
      claim.at,
      'unbalanced-claim',
      `claim ${claim.patientControlNumber}: charge ${money(claim.charge)} − claim adjustments ${money(claimAdj)} − line adjustments ${money(lineAdjustments)} = ${money(expected)}, but CLP04 paid is ${money(claim.paid)}`,
      4,
    );
  }
}

/**
 * Checks a transaction's total (005010X221A1 "Balancing"): Σ CLP04 − Σ PLB amounts = BPR02
 * (with BPR03 `D`, BPR02 is taken as negative); reports a failure, never correcting it.
 */
export function checkPaymentBalance(
  header: RemittanceHeader,
  paidTotal: number,
  providerAdjustments: readonly ProviderAdjustment[],
  r: ElementReader,
): void {
  let plbTotal = 0;
  for (const plb of providerAdjustments) plbTotal += plb.amount;
  const bpr =
    header.payment.creditDebit === 'D' ? 0 - header.payment.amount : header.payment.amount;
  if (paidTotal - plbTotal !== bpr) {
    r.loop = '';
    r.report(
      header.at,
      'unbalanced-payment',
      `Σ CLP04 ${money(paidTotal)} − Σ PLB ${money(plbTotal)} = ${money(paidTotal - plbTotal)}, but BPR02 is ${money(bpr)}`,
      2,
    );
  }
}

/** Every balancing rule over a whole remittance: each claim, then the transaction's total. */
export function checkBalance835(rem: Remittance, r: ElementReader): void {
  let paidTotal = 0;
  for (const claim of rem.claims) {
    paidTotal += claim.paid;
    checkClaimBalance(claim, r);
  }
  checkPaymentBalance(rem, paidTotal, rem.providerAdjustments, r);
}
