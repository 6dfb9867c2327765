import { formatCents } from '../format.ts';
import type { PayerAccount, ProviderAdjustment } from './use-remittances.ts';

/**
 * A provider-level adjustment in billing words: "Interest paid by the payer", "Withheld:
 * overpayment recovery", "Added: forwarding balance".
 */
export function adjustmentWords(
  a: Pick<ProviderAdjustment, 'reason' | 'reasonText' | 'amount'>,
): string {
  if (a.amount < 0)
    return a.reason === 'L6'
      ? 'Interest paid by the payer'
      : `Added: ${a.reasonText.toLowerCase()}`;
  return `Withheld: ${a.reasonText.toLowerCase()}`;
}

/** Where an adjustment went in the ledger. */
export function adjustmentPosting(a: Pick<ProviderAdjustment, 'postedTo'>): string {
  return a.postedTo
    ? `posted to ${a.postedTo.payerName}'s account`
    : 'not posted: the 835 names no single payer on file (on the unmatched worklist); choose the payer';
}

/** A payer's account over every 835, one figure a line, the zero ones left out. */
export function payerAccountLines(account: PayerAccount): string[] {
  const owed = account.forwardingBalanceOwed;
  return [
    ...(account.interest !== 0
      ? [`Interest paid by the payer: ${formatCents(account.interest)}`]
      : []),
    ...(account.recouped !== 0
      ? [`Withheld: overpayment recovery: ${formatCents(account.recouped)}`]
      : []),
    ...(owed > 0 ? [`Forwarding balance still to be withheld: ${formatCents(owed)}`] : []),
    ...(owed < 0
      ? [`Forwarding balance withheld beyond what the payer forwarded: ${formatCents(-owed)}`]
      : []),
  ];
}
