import type { LedgerEntry } from './use-patients.ts';

const PARTY = { payer: 'payer', patient: 'patient' } as const;

function applicationText(entry: LedgerEntry): string {
  const to = entry.appliedTo;
  if (!to) return 'Account credit applied to a service';
  const service = `${to.procedureCode}, DOS ${to.serviceDate}`;
  return to.claimNumber
    ? `Account credit applied to claim ${to.claimNumber} line ${to.claimLine ?? '?'} (${service})`
    : `Account credit applied to ${service}`;
}

/**
 * A ledger entry as the account's reader says it: a payment taken before any charge is an
 * unapplied credit on the account; its later application names the claim line it went to, and
 * the matching payment on that line says it came from the account credit.
 */
export function describeLedgerEntry(entry: LedgerEntry): string {
  const party = entry.party ? PARTY[entry.party] : undefined;
  switch (entry.kind) {
    case 'charge':
      if (entry.source.startsWith('self-pay:'))
        return 'Self-pay charge (no coverage in force on the date of service)';
      return party === 'patient' ? 'Charge to the patient' : 'Charge billed to the payer';
    case 'payment':
      if (entry.unapplied) return 'Patient payment before any charge — unapplied credit on account';
      if (entry.source.startsWith('account:')) return 'Patient payment from account credit';
      return party === 'payer' ? 'Payer payment' : 'Patient payment';
    case 'application':
      return applicationText(entry);
    case 'adjustment': {
      const code = entry.adjustmentGroup ? ` ${entry.adjustmentGroup}-${entry.reason ?? ''}` : '';
      return `Adjustment${code}${party ? ` (${party})` : ''}`;
    }
    case 'transfer':
      return `Balance moved ${entry.party ?? ''} → ${entry.toParty ?? ''}`;
    case 'refund':
      return entry.unapplied ? 'Refund of account credit' : 'Refund to the patient';
    case 'reversal':
      return 'Reversal of an earlier entry';
  }
}

/** Money paid on the account and not yet applied to a service or refunded, in cents (≥ 0). */
export function unappliedCredit(entries: readonly LedgerEntry[]): number {
  return entries.filter((e) => e.unapplied).reduce((credit, e) => credit - e.effect, 0);
}
