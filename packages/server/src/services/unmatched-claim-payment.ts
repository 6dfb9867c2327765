import { conflict, invalid, notFound } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import {
  linkRemittanceClaim,
  lockedClaimPayment,
  resolveUnmatchedRemittanceItems,
} from '@medbill/db';
import type { RemittanceClaim } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import type { NextPayerOutcome } from './era-claim-posting.ts';
import { EraPostingState } from './era-posting-state.ts';
import { postRereadClaimPayment, rereadClaimPayment } from './filed-claim-payment.ts';

/** Which of a file's claim payments, and the claim a biller says it pays. */
export interface ClaimPaymentPosting {
  readonly fileId: string;
  /** The claim payment's place in the file (1, 2, …), as the remittance view lists them. */
  readonly position: number;
  /** The number of the claim on file it pays (the CLP01 the payer should have sent). */
  readonly claimNumber: string;
}

export interface ClaimPaymentPosted {
  readonly claimNumber: string;
  readonly status: string;
  readonly denials: number;
  readonly unmatched: number;
  readonly nextPayer?: NextPayerOutcome;
}

/**
 * Posts a claim payment (CLP) an 835 import could not match — the payer sent a claim number
 * (CLP01) medbill did not send — to the claim a biller names, exactly as the import posts a
 * matched one: read again from the stored file, as if the payer had quoted that claim's number,
 * with the same ledger entry ids, line matching, denials, claim status and next-payer billing.
 * The file's claim payment is then linked to the claim and its worklist item resolved. One
 * already posted, or a claim number not on file, is refused and nothing changes. Call inside a
 * transaction.
 */
export async function postUnmatchedClaimPayment(
  q: Queryable,
  ctx: RequestContext,
  posting: ClaimPaymentPosting,
  postedOn: IsoDate,
  scrub: ScrubOptions,
): Promise<ClaimPaymentPosted> {
  const { fileId, position, claimNumber } = posting;
  const filed = await lockedClaimPayment(q, ctx.orgId, fileId, position);
  if (!filed) throw notFound('claim payment', `${fileId} #${position}`);
  if (filed.claimNumber !== undefined) {
    throw conflict(`This claim payment is already posted to claim ${filed.claimNumber}.`, [
      { path: 'position', code: 'already_posted', message: `posted to ${filed.claimNumber}` },
    ]);
  }
  const { remittance, claim, meta } = rereadClaimPayment(filed, posting, postedOn, scrub);
  const quoted: RemittanceClaim = { ...claim, patientControlNumber: claimNumber };
  const state = await EraPostingState.load(q, ctx.orgId, [quoted]);
  const matched = state.match(quoted, remittance.payer);
  if (!matched) {
    throw invalid(`No claim ${claimNumber} in this organization.`, [
      { path: 'claimNumber', code: 'not_found', message: 'no such claim' },
    ]);
  }
  const outcome = await postRereadClaimPayment(q, ctx, state, matched, quoted, meta);
  await linkRemittanceClaim(q, ctx.orgId, fileId, position, matched.claim.id);
  await resolveUnmatchedRemittanceItems(
    q,
    ctx.orgId,
    { fileId, position, of: 'claim payment' },
    {
      actorId: ctx.actor.id,
      text: `Posted to claim ${matched.claim.claimNumber} by hand (the 835 sent ${filed.patientControlNumber}), on ${postedOn}.`,
    },
  );
  return { claimNumber: matched.claim.claimNumber, ...outcome };
}
