import { invalid, Ledger } from '@medbill/core';
import type { LedgerEntry } from '@medbill/core';
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
  const ledger = new Ledger(
    await lockLedgerLines(q, orgId, [...new Set(entries.map((e) => e.lineId))]),
  );
  for (const entry of entries) {
    const problems = ledger.post(entry);
    if (problems.length > 0) {
      throw invalid(
        `Ledger entry ${entry.id} was refused; nothing was posted.`,
        problems.map((p) => ({ ...p, path: `${entry.id}.${p.path}` })),
      );
    }
  }
  await insertLedgerEntries(q, orgId, entries, meta);
}
