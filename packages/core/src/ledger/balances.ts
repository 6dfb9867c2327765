import { addCents, negateCents, ZERO_CENTS } from '../money/index.ts';
import type { Cents } from '../money/index.ts';
import type { LedgerEntry, Party } from './ledger-entry.ts';
import { partyKey } from './ledger-entry.ts';

/** One movement of a balance: what a party owes on a line changes by `delta`. */
export interface BalanceEffect {
  readonly lineId: string;
  readonly party: Party;
  readonly delta: Cents;
}

/**
 * What an entry does to balances. Charges raise what the billed party owes; payments and
 * adjustments lower it; transfers move it; refunds raise it back (a credit returned), and so
 * does an application (account credit moved onto a line). A reversal does exactly the opposite
 * of the entry it reverses. A provider-level adjustment sits on the payer's account and moves no
 * balance: it only accounts for the deposit.
 */
export function effectsOf(
  entry: LedgerEntry,
  byId: ReadonlyMap<string, LedgerEntry>,
): BalanceEffect[] {
  const { lineId, amount } = entry;
  switch (entry.kind) {
    case 'charge':
    case 'refund':
    case 'application':
      return [{ lineId, party: entry.party, delta: amount }];
    case 'payment':
    case 'adjustment':
      return [{ lineId, party: entry.party, delta: negateCents(amount) }];
    case 'transfer':
      return [
        { lineId, party: entry.from, delta: negateCents(amount) },
        { lineId, party: entry.to, delta: amount },
      ];
    case 'provider_adjustment':
      return [];
    case 'reversal': {
      const original = byId.get(entry.reverses);
      if (!original)
        throw new Error(`reversal ${entry.id} reverses unknown entry ${entry.reverses}`);
      return effectsOf(original, byId).map((e) => ({ ...e, delta: negateCents(e.delta) }));
    }
  }
}

/** Balances by line and party, derived from the entries alone. */
export class Balances {
  readonly #byLineParty = new Map<string, Map<string, { party: Party; balance: Cents }>>();

  static of(entries: readonly LedgerEntry[]): Balances {
    const byId = new Map(entries.map((e) => [e.id, e]));
    const balances = new Balances();
    for (const entry of entries)
      for (const effect of effectsOf(entry, byId)) balances.apply(effect);
    return balances;
  }

  apply(effect: BalanceEffect): void {
    let parties = this.#byLineParty.get(effect.lineId);
    if (!parties) {
      parties = new Map<string, { party: Party; balance: Cents }>();
      this.#byLineParty.set(effect.lineId, parties);
    }
    const key = partyKey(effect.party);
    const current = parties.get(key)?.balance ?? ZERO_CENTS;
    parties.set(key, { party: effect.party, balance: addCents(current, effect.delta) });
  }

  /** What one party owes on one line (negative: the party has a credit). */
  owed(lineId: string, party: Party): Cents {
    return this.#byLineParty.get(lineId)?.get(partyKey(party))?.balance ?? ZERO_CENTS;
  }

  /** What is still owed on a line, by everyone together. */
  lineBalance(lineId: string): Cents {
    let total = ZERO_CENTS;
    for (const { balance } of this.#byLineParty.get(lineId)?.values() ?? [])
      total = addCents(total, balance);
    return total;
  }

  /** Sum over lines (a claim's, or a patient account's) of what a party — or everyone — owes. */
  total(lineIds: Iterable<string>, party?: Party): Cents {
    let total = ZERO_CENTS;
    for (const lineId of lineIds)
      total = addCents(total, party ? this.owed(lineId, party) : this.lineBalance(lineId));
    return total;
  }

  /** Every non-zero balance, for reports and credit-balance worklists. */
  *entries(): Generator<{ lineId: string; party: Party; balance: Cents }> {
    for (const [lineId, parties] of this.#byLineParty) {
      for (const { party, balance } of parties.values())
        if (balance !== 0) yield { lineId, party, balance };
    }
  }
}
