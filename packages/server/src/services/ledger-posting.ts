import { invalid, Ledger, ZERO_CENTS } from '@medbill/core';
import type { Cents, LedgerEntry, Party } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { insertLedgerEntries, lockLedgerLines } from '@medbill/db';

/**
 * Posts entries to the ledger all-or-nothing: the lines are locked, the existing entries
 * replayed, and every new entry checked by the core ledger before any is written. A refused
 * entry throws (rolling back the caller's transaction) with the ledger's reason.
 * Call inside a transaction.
 */
export async function postToLedger(
  q: Queryable,
  orgId: string,
  entries: readonly LedgerEntry[],
  meta: { source: string; actorId: string },
): Promise<void> {
  if (entries.length === 0) return;
  const books = new LedgerBooks(
    await lockLedgerLines(q, orgId, [...new Set(entries.map((e) => e.lineId))]),
  );
  books.post(entries);
  await insertLedgerEntries(q, orgId, entries, meta);
}

/**
 * The ledgers of many service lines at once, one core {@link Ledger} per line (every rule of the
 * books is a rule about one line), so that checking a whole 835 or claim build costs no more per
 * entry than checking one claim.
 */
export class LedgerBooks {
  readonly #ledgers = new Map<string, Ledger>();
  /** Posting order across lines: the existing entries' (by seq), then the new ones'. */
  readonly #order = new Map<string, number>();

  /** `existing`: the entries already on the lines, oldest first. */
  constructor(existing: readonly LedgerEntry[] = []) {
    const byLine = new Map<string, LedgerEntry[]>();
    for (const entry of existing) {
      const entries = byLine.get(entry.lineId) ?? [];
      entries.push(entry);
      byLine.set(entry.lineId, entries);
      this.#order.set(entry.id, this.#order.size);
    }
    for (const [lineId, entries] of byLine) this.#ledgers.set(lineId, new Ledger(entries));
  }

  /** Checks and appends the entries in order; throws, with the ledger's reason, on the first refused. */
  post(entries: readonly LedgerEntry[]): void {
    for (const entry of entries) {
      let ledger = this.#ledgers.get(entry.lineId);
      if (!ledger) {
        ledger = new Ledger();
        this.#ledgers.set(entry.lineId, ledger);
      }
      const problems = ledger.post(entry);
      if (problems.length > 0) {
        throw invalid(
          `Ledger entry ${entry.id} was refused; nothing was posted.`,
          problems.map((p) => ({ ...p, path: `${entry.id}.${p.path}` })),
        );
      }
      this.#order.set(entry.id, this.#order.size);
    }
  }

  /** What a party owes on a line (or a patient's account) now, new entries included. */
  owed(lineId: string, party: Party): Cents {
    return this.#ledgers.get(lineId)?.balances.owed(lineId, party) ?? ZERO_CENTS;
  }

  /** Every entry on these lines, in posting order. */
  entriesOf(lineIds: readonly string[]): LedgerEntry[] {
    return lineIds
      .flatMap((id) => this.#ledgers.get(id)?.entries ?? [])
      .sort((a, b) => (this.#order.get(a.id) ?? 0) - (this.#order.get(b.id) ?? 0));
  }
}
