import type { IsoDate } from '@medbill/core';
import type { FiledClaimPayment, Queryable } from '@medbill/db';
import { read835 } from '@medbill/x12';
import type { Remittance, RemittanceClaim } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import { postClaimPayment } from './era-claim-posting.ts';
import type {
  ClaimPostingMeta,
  LinesMatchedByHand,
  NextPayerOutcome,
} from './era-claim-posting.ts';
import { billRequestedNextPayers, claimPaymentKey } from './era-import.ts';
import type { EraPostingState, MatchedClaim } from './era-posting-state.ts';

/** A claim payment read again from its stored file, with what the import posted it under. */
export interface ClaimPaymentReread {
  readonly remittance: Remittance;
  readonly claim: RemittanceClaim;
  readonly meta: ClaimPostingMeta;
}

/**
 * The `position`th claim payment of a stored file (1-based, over its transactions in order),
 * read again for a biller to post by hand, with the posting facts the import used for it (its
 * ledger entry key, adjudication date, payer).
 */
export function rereadClaimPayment(
  filed: FiledClaimPayment,
  at: { readonly fileId: string; readonly position: number },
  postedOn: IsoDate,
  scrub: ScrubOptions,
): ClaimPaymentReread {
  let left = at.position;
  for (const [r, remittance] of read835(filed.fileText).remittances.entries()) {
    const claim = remittance.claims[left - 1];
    if (claim) {
      return {
        remittance,
        claim,
        meta: {
          fileId: at.fileId,
          claimPosition: at.position,
          key: claimPaymentKey(filed.sha256, r, left - 1),
          postedOn,
          adjudicatedOn: remittance.payment.date ?? remittance.productionDate ?? postedOn,
          payerName: remittance.payer.name,
          scrub,
        },
      };
    }
    left -= remittance.claims.length;
  }
  throw new Error(`claim payment ${at.position} is not in the stored file ${at.fileId}`);
}

/**
 * Posts a re-read claim payment (or, `byHand`, one of its service lines) as the import does,
 * bills the next payer it asks for, and writes what it posted.
 */
export async function postRereadClaimPayment(
  q: Queryable,
  ctx: RequestContext,
  state: EraPostingState,
  matched: MatchedClaim,
  remitClaim: RemittanceClaim,
  meta: ClaimPostingMeta,
  byHand?: LinesMatchedByHand,
): Promise<{ status: string; denials: number; unmatched: number; nextPayer?: NextPayerOutcome }> {
  const { nextPayer: requested, ...outcome } = await postClaimPayment(
    q,
    ctx,
    state,
    matched,
    remitClaim,
    meta,
    byHand,
  );
  const [nextPayer] = requested
    ? await billRequestedNextPayers(q, ctx, [requested], meta.scrub)
    : [];
  await state.write(q, ctx.orgId, meta.fileId, {
    source: `era:${meta.fileId}`,
    actorId: ctx.actor.id,
  });
  return { ...outcome, ...(nextPayer ? { nextPayer } : {}) };
}
