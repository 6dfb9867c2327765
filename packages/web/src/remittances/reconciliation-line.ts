import { formatCents } from '../format.ts';
import type { Reconciliation } from './use-remittances.ts';

/**
 * How an 835 reconciles to its deposit, as a biller checks it: "Claims $87.86 − adjustments
 * $19.81 = paid $68.05 ✓", or by how much the deposit differs.
 */
export function reconciliationLine(r: Reconciliation): string {
  const sum = `Claims ${formatCents(r.claimPayments)} − adjustments ${formatCents(r.providerAdjustments)}`;
  const expected = r.claimPayments - r.providerAdjustments;
  if (r.balanced) return `${sum} = paid ${formatCents(r.payment)} ✓`;
  return `${sum} = ${formatCents(expected)}, but the payment is ${formatCents(r.payment)} ✗ (off by ${formatCents(r.payment - expected)})`;
}

/**
 * Whether the ledger holds the deposit: "In the ledger: $68.05 ✓", or what is missing from it
 * (claim payments that matched no claim wait on the unmatched worklist, and so does an adjustment
 * from a payer not on file).
 */
export function ledgerLine(r: Reconciliation): string {
  if (r.ledger === r.payment) return `In the ledger: ${formatCents(r.ledger)} ✓`;
  return `In the ledger: ${formatCents(r.ledger)}, ${formatCents(r.payment - r.ledger)} short of the payment: the rest waits on the unmatched worklist`;
}
