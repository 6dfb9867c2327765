import { conflict, invalid, notFound, providerAdjustmentEntry } from '@medbill/core';
import type { Cents, IsoDate } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { heldProviderAdjustment, resolveUnmatchedRemittanceItems } from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { adjustmentMoneyWords, providerAdjustmentEntryId } from './era-provider-adjustments.ts';
import { postToLedger } from './ledger-posting.ts';

/** Which of a file's provider-level adjustments, and where a biller says it belongs. */
export interface HeldAdjustmentPosting {
  readonly fileId: string;
  /** The adjustment's place in the file (1, 2, …), as the remittance view lists them. */
  readonly position: number;
  /** The payer on file whose account it posts to. */
  readonly payerId: string;
  /** The accounting date: the day it is posted, not the file's. */
  readonly postedOn: IsoDate;
}

/**
 * Posts a provider-level adjustment (PLB) that an 835 import held on the unmatched worklist —
 * medbill could not tell which payer on file sent it — to the account of the payer a biller
 * names: the entry the import would have posted (`era:<file>:plb:<position>`, in the file's
 * postings), so the remittance shows it posted and its ledger line reconciles to the deposit.
 * The worklist item is resolved with a note saying where it went. One already posted, a payer
 * not on file or a $0.00 adjustment is refused and nothing changes. Call inside a transaction.
 */
export async function postHeldProviderAdjustment(
  q: Queryable,
  ctx: RequestContext,
  posting: HeldAdjustmentPosting,
): Promise<{ entryId: string; payerName: string }> {
  const { fileId, position, payerId, postedOn } = posting;
  const id = providerAdjustmentEntryId(fileId, position);
  const held = await heldProviderAdjustment(q, ctx.orgId, {
    fileId,
    position,
    entryId: id,
    payerId,
  });
  if (!held) throw notFound('provider-level adjustment', `${fileId} #${position}`);
  if (held.postedTo) {
    throw conflict(
      `This adjustment is already posted to ${held.postedTo}'s account; a correction is its reversal.`,
      [{ path: 'position', code: 'already_posted', message: `posted to ${held.postedTo}` }],
    );
  }
  if (held.payerName === undefined) {
    throw invalid('Choose a payer on file.', [
      { path: 'payerId', code: 'not_found', message: `no payer ${payerId} in this organization` },
    ]);
  }
  const entry = providerAdjustmentEntry(
    {
      reason: held.reason,
      amount: held.amount as Cents,
      ...(held.reference ? { reference: held.reference } : {}),
    },
    { id, payerId, postedOn },
  );
  if (!entry) {
    throw invalid('A $0.00 adjustment moves no money: resolve the worklist item instead.', [
      { path: 'position', code: 'zero_amount', message: 'the adjustment is $0.00' },
    ]);
  }
  await postToLedger(q, ctx.orgId, [entry], { source: `era:${fileId}`, actorId: ctx.actor.id });
  await resolveUnmatchedRemittanceItems(
    q,
    ctx.orgId,
    { fileId, position, of: 'provider adjustment' },
    {
      actorId: ctx.actor.id,
      text: `Posted to ${held.payerName}'s account: ${adjustmentMoneyWords({ reason: held.reason, amount: held.amount as Cents })}, dated ${postedOn}.`,
    },
  );
  return { entryId: id, payerName: held.payerName };
}
