import type { IsoDate } from '../dates/index.ts';
import type { LedgerEntry } from '../ledger/index.ts';
import { payerAccountLineId } from '../ledger/index.ts';
import type { Cents } from '../money/index.ts';
import { formatUsd, negateCents, subtractCents, sumCents } from '../money/index.ts';
import type { PayerOnFile, RemitPayer } from './remit-payer.ts';
import { isRemitPayer } from './remit-payer.ts';

/**
 * PLB03-1 provider adjustment reason codes (835 TR3 005010X221A1, PLB summary segment), as
 * billers read them.
 */
export const PROVIDER_ADJUSTMENT_REASONS: Readonly<Record<string, string>> = {
  '50': 'Late charge',
  '51': 'Interest penalty charge',
  '72': 'Authorized return',
  '90': 'Early payment allowance',
  AH: 'Origination fee',
  AM: "Applied to borrower's account",
  AP: 'Acceleration of benefits',
  B2: 'Rebate',
  B3: 'Recovery allowance',
  BD: 'Bad debt adjustment',
  BN: 'Bonus',
  C5: 'Temporary allowance',
  CR: 'Capitation interest',
  CS: 'Adjustment',
  CT: 'Capitation payment',
  CV: 'Capital passthru',
  CW: 'Certified registered nurse anesthetist passthru',
  DM: 'Direct medical education passthru',
  E3: 'Withholding',
  FB: 'Forwarding balance',
  FC: 'Fund allocation',
  GO: 'Graduate medical education passthru',
  HM: 'Hemophilia clotting factor supplement',
  IP: 'Incentive premium payment',
  IR: 'Internal Revenue Service withholding',
  IS: 'Interim settlement',
  J1: 'Nonreimbursable',
  L3: 'Penalty',
  L6: 'Interest owed',
  LE: 'Levy',
  LS: 'Lump sum',
  OA: 'Organ acquisition passthru',
  OB: 'Offset for affiliated providers',
  PI: 'Periodic interim payment',
  PL: 'Payment final',
  RA: 'Retro-activity adjustment',
  RE: 'Return on equity',
  SL: 'Student loan repayment',
  TL: 'Third party liability',
  WO: 'Overpayment recovery',
  WU: 'Unspecified recovery',
};

/** A PLB03-1 code in words; a code outside the TR3 list is named as such, never guessed. */
export function providerAdjustmentReason(code: string): string {
  return PROVIDER_ADJUSTMENT_REASONS[code] ?? `Adjustment reason ${code} (not in the 835 list)`;
}

/**
 * The reasons whose PLB03-2 reference names the claim the money was taken back on (WO
 * overpayment recovery, FB forwarding balance) or returned for (72 authorized return): the
 * claim's history says so.
 */
export const CLAIM_RECOUPMENT_REASONS: readonly string[] = ['WO', 'FB', '72'];

/** One PLB adjustment: positive reduces the payment, negative adds to it (TR3 PLB04 note). */
export interface ProviderAdjustmentAmount {
  readonly reason: string;
  readonly amount: Cents;
}

/**
 * The ledger entry a PLB adjustment posts on the payer's account: what the payer withheld from
 * the deposit (a positive amount) or added to it (a negative one), always as a positive amount.
 * None for an adjustment of zero, which moves no money.
 */
export function providerAdjustmentEntry(
  adjustment: ProviderAdjustmentAmount & { readonly reference?: string },
  at: { readonly id: string; readonly payerId: string; readonly postedOn: IsoDate },
): LedgerEntry | undefined {
  if (adjustment.amount === 0) return undefined;
  return {
    id: at.id,
    kind: 'provider_adjustment',
    lineId: payerAccountLineId(at.payerId),
    postedOn: at.postedOn,
    amount: adjustment.amount > 0 ? adjustment.amount : negateCents(adjustment.amount),
    direction: adjustment.amount > 0 ? 'withheld' : 'added',
    reason: adjustment.reason,
    ...(adjustment.reference ? { reference: adjustment.reference } : {}),
  };
}

/**
 * The payer on file whose account a remittance's provider-level adjustments post to: the one
 * payer whose id the 835 sends (N104), else the one it names (N102, see {@link isRemitPayer});
 * when several or none fit, the one among them — or among all, none fitting — whose claims the
 * remittance's claim payments posted to. Never guessed: none when no single payer is left.
 */
export function payerOfRemittance<T extends PayerOnFile & { readonly id: string }>(
  remit: RemitPayer,
  onFile: readonly T[],
  postedToPayerIds: readonly string[],
): T | undefined {
  const { id } = remit;
  const byId = id === undefined ? [] : onFile.filter((p) => isRemitPayer({ name: '', id }, p));
  if (byId.length === 1) return byId[0];
  const fits = onFile.filter((p) => isRemitPayer(remit, p));
  if (fits.length === 1) return fits[0];
  const posted = new Set(postedToPayerIds);
  const left = (fits.length > 0 ? fits : onFile).filter((p) => posted.has(p.id));
  return left.length === 1 ? left[0] : undefined;
}

/**
 * The line a recouped (or returned) claim's history shows: "recouped $12.50 by MEDICARE PART B
 * in march.835 (PLB WO overpayment recovery)".
 */
export function recoupmentNote(
  adjustment: ProviderAdjustmentAmount,
  payerName: string,
  fileName: string,
): string {
  const verb = adjustment.amount >= 0 ? 'recouped' : 'returned';
  const amount = formatUsd(
    adjustment.amount >= 0 ? adjustment.amount : negateCents(adjustment.amount),
  );
  return `${verb} ${amount} by ${payerName} in ${fileName} (PLB ${adjustment.reason} ${providerAdjustmentReason(adjustment.reason).toLowerCase()})`;
}

/** An 835 reconciled to its deposit: Σ CLP04 − Σ PLB = BPR02 (TR3 1.10.2.1, balancing). */
export interface RemittanceReconciliation {
  /** Σ CLP04 over every claim payment, matched or not. */
  readonly claimPayments: Cents;
  /** Σ PLB amounts: positive took money back, negative (interest, for one) added it. */
  readonly providerAdjustments: Cents;
  /** What the claims less the adjustments come to. */
  readonly expectedPayment: Cents;
  /** BPR02: the check or EFT (negative for a debit). */
  readonly payment: Cents;
  /** payment − expectedPayment: 0 when the file reconciles. */
  readonly difference: Cents;
  readonly balanced: boolean;
}

/**
 * Reconciles a remittance to the money that arrived.
 *
 * @example
 * reconcileRemittance([8786 as Cents], [{ reason: 'L6', amount: -520 as Cents }], 9306 as Cents)
 * // { claimPayments: 8786, providerAdjustments: -520, expectedPayment: 9306, difference: 0, balanced: true, … }
 */
export function reconcileRemittance(
  claimPaid: readonly Cents[],
  adjustments: readonly ProviderAdjustmentAmount[],
  payment: Cents,
): RemittanceReconciliation {
  const claimPayments = sumCents(claimPaid);
  const providerAdjustments = sumCents(adjustments.map((a) => a.amount));
  const expectedPayment = subtractCents(claimPayments, providerAdjustments);
  const difference = subtractCents(payment, expectedPayment);
  return {
    claimPayments,
    providerAdjustments,
    expectedPayment,
    payment,
    difference,
    balanced: difference === 0,
  };
}
