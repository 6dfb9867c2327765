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
