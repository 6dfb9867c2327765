import { formatCents } from '../format.ts';
import type { PostedEntry } from './use-remittances.ts';

/**
 * One posting as a biller says it: "paid $80.00", "CO-45 $25.00", "to patient $20.00" (what
 * the payer left moves to the patient or to the next payer in order).
 */
export function describeEntry(entry: PostedEntry): string {
  const amount = formatCents(entry.amount);
  switch (entry.kind) {
    case 'payment':
      return `paid ${amount}`;
    case 'adjustment':
      return `${entry.adjustmentGroup ?? ''}-${entry.reason ?? ''} ${amount}`;
    case 'transfer':
      return `to ${entry.toParty === 'payer' ? 'next payer' : (entry.toParty ?? 'next party')} ${amount}`;
    default:
      return `${entry.kind} ${amount}`;
  }
}
