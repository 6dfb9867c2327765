import { accountLineId, Balances, planCreditApplication } from '@medbill/core';
import type { ChargedLine, IsoDate, LedgerEntry } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { ledgerEntriesFor, openUnappliedCreditItems, resolveWorklistItems } from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import type { LedgerBooks } from './ledger-posting.ts';

const patient = { kind: 'patient' } as const;

/**
 * The entries that apply credit waiting on each patient's account to the lines just charged
 * (oldest service first): per line, an `application` on the account and a patient payment of
 * the same amount on the line — new entries; the payment taken earlier is never edited. The
 * books must hold the accounts' entries and the new charges.
 */
export function accountCreditApplications(
  books: LedgerBooks,
  charged: readonly (ChargedLine & { readonly patientId: string })[],
  postedOn: IsoDate,
): LedgerEntry[] {
  const byPatient = new Map<string, ChargedLine[]>();
  for (const line of charged)
    byPatient.set(line.patientId, [...(byPatient.get(line.patientId) ?? []), line]);
  return [...byPatient].flatMap(([patientId, lines]) => {
    const account = accountLineId(patientId);
    const owed = books.owed(account, patient);
    if (owed >= 0) return [];
    return planCreditApplication({ lineId: account, owed }, lines).flatMap(
      ({ lineId, amount }): LedgerEntry[] => [
        {
          id: `apply:${lineId}:account`,
          kind: 'application',
          lineId: account,
          postedOn,
          amount,
          party: patient,
        },
        { id: `apply:${lineId}:line`, kind: 'payment', lineId, postedOn, amount, party: patient },
      ],
    );
  });
}

/**
 * Resolves the credit-balance items of money that waited on these patients' accounts once
 * nothing is left there (applied to charges, or refunded), saying so.
 */
export async function resolveSpentAccountCredits(
  q: Queryable,
  ctx: RequestContext,
  patientIds: string | readonly string[],
  how: 'applied to the visit’s charges' | 'refunded',
): Promise<void> {
  const ids = typeof patientIds === 'string' ? [patientIds] : [...new Set(patientIds)];
  const items = await openUnappliedCreditItems(q, ctx.orgId, ids);
  if (items.length === 0) return;
  const patients = [...new Set(items.map((i) => i.patientId))];
  const balances = Balances.of(await ledgerEntriesFor(q, ctx.orgId, patients.map(accountLineId)));
  const spent = new Set(patients.filter((p) => balances.owed(accountLineId(p), patient) >= 0));
  await resolveWorklistItems(
    q,
    ctx.orgId,
    items.filter((i) => spent.has(i.patientId)).map((i) => i.id),
    {
      actorId: ctx.actor.id,
      text: `The payment on account was ${how}; nothing is left unapplied.`,
    },
  );
}
