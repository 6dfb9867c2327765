import { canMove } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { addWorklistItem, moveClaimStatus } from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import type { ClaimAckOutcome } from './ack-outcome.ts';

/** Moves a claim to accepted when the state machine allows it; says why when it does not. */
export async function acceptClaim(
  q: Queryable,
  ctx: RequestContext,
  claim: ClaimRecord,
  reason: string,
): Promise<ClaimAckOutcome> {
  const base = { claimNumber: claim.claimNumber, outcome: 'accepted' as const };
  if (claim.status === 'accepted') return { ...base, status: 'accepted', reasons: [] };
  if (!canMove(claim.status, 'accepted')) {
    return {
      ...base,
      status: claim.status,
      reasons: [`the claim is ${claim.status}, so the acceptance was recorded without moving it`],
    };
  }
  await moveClaimStatus(q, ctx.orgId, claim.id, claim.status, 'accepted', ctx.actor.id, reason);
  return { ...base, status: 'accepted', reasons: [] };
}

/**
 * Moves a claim to rejected (when the state machine allows it) and puts it on the rejection
 * worklist with its reasons in words, so that a biller fixes and resubmits it.
 */
export async function rejectClaim(
  q: Queryable,
  ctx: RequestContext,
  claim: ClaimRecord,
  rejection: { summary: string; reasons: readonly string[]; source: string; detail: object },
): Promise<ClaimAckOutcome> {
  const base = { claimNumber: claim.claimNumber, outcome: 'rejected' as const };
  await addWorklistItem(q, ctx.orgId, {
    kind: 'rejection',
    claimId: claim.id,
    source: rejection.source,
    summary: rejection.summary,
    detail: { reasons: rejection.reasons, ...rejection.detail },
    amount: claim.totalCharge,
  });
  if (claim.status === 'rejected' || !canMove(claim.status, 'rejected')) {
    const note =
      claim.status === 'rejected'
        ? []
        : [`the claim is ${claim.status}, so the rejection was recorded without moving it`];
    return { ...base, status: claim.status, reasons: [...rejection.reasons, ...note] };
  }
  await moveClaimStatus(
    q,
    ctx.orgId,
    claim.id,
    claim.status,
    'rejected',
    ctx.actor.id,
    rejection.summary,
  );
  return { ...base, status: 'rejected', reasons: rejection.reasons };
}
