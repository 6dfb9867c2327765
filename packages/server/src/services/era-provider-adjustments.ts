import { CLAIM_RECOUPMENT_REASONS, recoupmentNote } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { claimsByNumbers } from '@medbill/db';
import type { Remittance } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import type { EraPostingState } from './era-posting-state.ts';

/**
 * Keeps a file's provider-level adjustments (PLB) in the posting state, in file order. A
 * recoupment, forwarding balance or authorized return (PLB03-1 WO, FB, 72) whose reference
 * (PLB03-2) is the number of exactly one claim on file — medbill's claim number, else the payer's
 * — is linked to that claim, and the claim's history notes it. Nothing is posted to the claim's
 * lines: the payer reverses or corrects the claim payment itself in a claim payment (CLP), and the
 * PLB only moves the cash. Returns how many adjustments the file has.
 */
export async function recordProviderAdjustments(
  q: Queryable,
  ctx: RequestContext,
  state: EraPostingState,
  remittances: readonly Remittance[],
  fileName: string,
): Promise<number> {
  const adjustments = remittances.flatMap((r) =>
    r.providerAdjustments.map((plb) => ({ plb, payerName: r.payer.name })),
  );
  const references = [
    ...new Set(
      adjustments.flatMap(({ plb }) =>
        CLAIM_RECOUPMENT_REASONS.includes(plb.reason) && plb.reference ? [plb.reference] : [],
      ),
    ),
  ];
  const claimOf = referencedClaims(
    references.length === 0
      ? []
      : await claimsByNumbers(q, ctx.orgId, {
          claimNumbers: references,
          payerClaimNumbers: references,
        }),
  );
  for (const [n, { plb, payerName }] of adjustments.entries()) {
    const claim =
      CLAIM_RECOUPMENT_REASONS.includes(plb.reason) && plb.reference
        ? claimOf(plb.reference)
        : undefined;
    state.providerAdjustments.push({
      position: n + 1,
      providerId: plb.providerId,
      reason: plb.reason,
      ...(plb.reference ? { reference: plb.reference } : {}),
      amount: plb.amount,
      ...(claim ? { claimId: claim.id } : {}),
    });
    if (!claim) continue;
    const status = state.statusOf(claim.id) ?? claim.status;
    state.events.push({
      claimId: claim.id,
      actorId: ctx.actor.id,
      fromStatus: status,
      toStatus: status,
      reason: recoupmentNote({ reason: plb.reason, amount: plb.amount }, payerName, fileName),
    });
  }
  return adjustments.length;
}

/** The one claim a reference names: by claim number, else by the payer's claim number; never guessed. */
function referencedClaims(
  claims: readonly ClaimRecord[],
): (reference: string) => ClaimRecord | undefined {
  return (reference) => {
    const byNumber = claims.filter((c) => c.claimNumber === reference);
    if (byNumber.length > 0) return byNumber.length === 1 ? byNumber[0] : undefined;
    const byPayerNumber = claims.filter((c) => c.payerClaimNumber === reference);
    return byPayerNumber.length === 1 ? byPayerNumber[0] : undefined;
  };
}
