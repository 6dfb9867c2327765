import { addCents, negateCents, ZERO_CENTS } from '../money/index.ts';
import type { Cents } from '../money/index.ts';
import type { LedgerEntry } from './ledger-entry.ts';

/**
 * The money an entry moved between a payer and the practice: a payer's payment and what a
 * provider-level adjustment added come in (positive); a refund to a payer and what it withheld go
 * out (negative); a reversal moves the opposite of its original. Charges, write-offs, transfers
 * and the patient's money move none.
 */
export function payerMoneyOf(entry: LedgerEntry, byId: ReadonlyMap<string, LedgerEntry>): Cents {
  switch (entry.kind) {
    case 'payment':
      return entry.party.kind === 'payer' ? entry.amount : ZERO_CENTS;
    case 'refund':
      return entry.party.kind === 'payer' ? negateCents(entry.amount) : ZERO_CENTS;
    case 'provider_adjustment':
      return entry.direction === 'added' ? entry.amount : negateCents(entry.amount);
    case 'reversal': {
      const original = byId.get(entry.reverses);
      if (!original)
        throw new Error(`reversal ${entry.id} reverses unknown entry ${entry.reverses}`);
      return negateCents(payerMoneyOf(original, byId));
    }
    case 'charge':
    case 'adjustment':
    case 'transfer':
    case 'application':
      return ZERO_CENTS;
  }
}

/**
 * The money a remittance brought in the ledger: Σ its payer payments − Σ its refunds and
 * reversals (a takeback, CLP02 22) + what its provider-level adjustments added − what they
 * withheld. When every claim payment posted, it is the deposit (BPR02).
 *
 * `entries`: the remittance's own entries; `byId`: them and every entry they reverse.
 */
export function remittanceLedgerMoney(
  entries: readonly LedgerEntry[],
  byId: ReadonlyMap<string, LedgerEntry>,
): Cents {
  return entries.reduce((sum, entry) => addCents(sum, payerMoneyOf(entry, byId)), ZERO_CENTS);
}

/** What a payer's account shows: its provider-level adjustments over every remittance. */
export interface PayerAccountSummary {
  /** Interest the payer added to its deposits (PLB L6), net of reversals. */
  readonly interest: Cents;
  /** What the payer withheld to recover overpayments (PLB WO), net of reversals. */
  readonly recouped: Cents;
  /**
   * Σ forwarding balances added − Σ withheld (PLB FB): a balance the payer advanced (added, when
   * it could not take back all it recouped from one deposit) is owed back until a later deposit's
   * FB withholds it. Negative: the payer withheld more than medbill saw it forward.
   */
  readonly forwardingBalanceOwed: Cents;
  /** Net per PLB03-1 reason, in first-posted order: positive added, negative withheld. */
  readonly byReason: readonly { readonly reason: string; readonly net: Cents }[];
}

/** Sums a payer account's entries (its provider-level adjustments and their reversals). */
export function payerAccountSummary(entries: readonly LedgerEntry[]): PayerAccountSummary {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const net = new Map<string, Cents>();
  for (const entry of entries) {
    const adjustment = entry.kind === 'reversal' ? byId.get(entry.reverses) : entry;
    if (adjustment?.kind !== 'provider_adjustment') continue;
    net.set(
      adjustment.reason,
      addCents(net.get(adjustment.reason) ?? ZERO_CENTS, payerMoneyOf(entry, byId)),
    );
  }
  const of = (reason: string) => net.get(reason) ?? ZERO_CENTS;
  return {
    interest: of('L6'),
    recouped: negateCents(of('WO')),
    forwardingBalanceOwed: of('FB'),
    byReason: [...net].map(([reason, amount]) => ({ reason, net: amount })),
  };
}
