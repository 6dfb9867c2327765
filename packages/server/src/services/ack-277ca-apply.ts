import type { ClaimRecord, Queryable } from '@medbill/db';
import {
  addWorklistItem,
  getClaim,
  insertClaimAcknowledgment,
  setPayerClaimNumber,
} from '@medbill/db';
import { describeStatus, statusOutcome } from '@medbill/x12';
import type {
  ClaimAck,
  ClaimAcknowledgment,
  StatusCategoryOutcome,
  StatusInformation,
} from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import { acceptClaim, rejectClaim } from './ack-claim-moves.ts';
import type { AckOutcome, ClaimAckOutcome } from './ack-outcome.ts';

/** A claim's overall answer: any rejection wins, then acceptance, then pending, finalized. */
function claimOutcome(statuses: readonly StatusInformation[]): StatusCategoryOutcome {
  const outcomes = new Set(
    statuses.flatMap((s) => s.statuses.map((c) => statusOutcome(c.category))),
  );
  const order: StatusCategoryOutcome[] = ['rejected', 'accepted', 'pending', 'finalized'];
  return order.find((o) => outcomes.has(o)) ?? 'other';
}

/** Every status of a claim and its lines in words, e.g. `A7 rejected for invalid information: …`. */
function statusWords(claim: ClaimAck): string[] {
  const say = (s: StatusInformation, prefix: string) => [
    ...s.statuses.map((c) => `${prefix}${describeStatus(c)}`),
    ...(s.message ? [`${prefix}${s.message}`] : []),
  ];
  return [
    ...claim.statuses.flatMap((s) => say(s, '')),
    ...claim.lines.flatMap((line) => {
      const code = [line.procedure.code, ...line.procedure.modifiers].join('-');
      return line.statuses.flatMap((s) => say(s, `line ${code}: `));
    }),
  ];
}

/**
 * Applies 277CA claim acknowledgments: each claim-level status (2200D) is matched to the claim
 * we sent by its TRN02 (our CLM01) and recorded with the payer's claim number (REF*1K); A1/A2
 * move the claim to accepted, A3/A4/A6/A7/A8 (and E3/E4) to rejected and onto the rejection
 * worklist with the category, status and entity in words. A claim we never sent goes to the
 * unmatched-acknowledgment worklist, never guessed onto another claim.
 */
export async function apply277ca(
  q: Queryable,
  ctx: RequestContext,
  acks: readonly ClaimAcknowledgment[],
  file: { fileId: string; fileName: string },
): Promise<AckOutcome> {
  const claims: ClaimAckOutcome[] = [];
  let rejections = 0;
  let unmatched = 0;
  let position = 0;
  for (const ack of acks) {
    const source = ack.source.party.name || 'the payer';
    const received = ack.receivers.flatMap((r) => r.providers.flatMap((p) => p.claims));
    for (const claimAck of received) {
      position += 1;
      const outcome = claimOutcome(claimAck.statuses);
      const words = statusWords(claimAck);
      const claim = await sentClaim(q, ctx.orgId, claimAck.patientControlNumber);
      await insertClaimAcknowledgment(q, ctx.orgId, {
        fileId: file.fileId,
        position,
        patientControlNumber: claimAck.patientControlNumber,
        ...(claim ? { claimId: claim.id } : {}),
        outcome,
        statuses: claimAck.statuses.map((s) => ({ ...s, words: s.statuses.map(describeStatus) })),
        ...(claimAck.payerClaimControlNumber
          ? { payerClaimNumber: claimAck.payerClaimControlNumber }
          : {}),
      });
      const amount = claimAck.statuses.find((s) => s.amount !== undefined)?.amount;
      if (!claim) {
        unmatched += 1;
        const patient = claimAck.patient
          ? ` (patient ${[claimAck.patient.firstName, claimAck.patient.lastName].filter(Boolean).join(' ')})`
          : '';
        await addWorklistItem(q, ctx.orgId, {
          kind: 'unmatched_acknowledgment',
          source: `ack:${file.fileId}`,
          summary: `277CA from ${source}: claim ${claimAck.patientControlNumber}${patient} matches no claim medbill sent: ${words.join('; ')}`,
          detail: {
            patientControlNumber: claimAck.patientControlNumber,
            payerClaimNumber: claimAck.payerClaimControlNumber ?? null,
            outcome,
            statuses: words,
          },
          ...(amount === undefined ? {} : { amount }),
        });
        continue;
      }
      const payerNumber = claimAck.payerClaimControlNumber;
      if (payerNumber && payerNumber !== claim.payerClaimNumber)
        await setPayerClaimNumber(q, ctx.orgId, claim.id, payerNumber);
      if (outcome === 'accepted') {
        claims.push(await acceptClaim(q, ctx, claim, `277CA from ${source}: ${words.join('; ')}`));
      } else if (outcome === 'rejected') {
        rejections += 1;
        claims.push(
          await rejectClaim(q, ctx, claim, {
            summary: `277CA from ${source} rejected claim ${claim.claimNumber}: ${words.join('; ')}`,
            reasons: words,
            source: `ack:${file.fileId}`,
            detail: {
              payerClaimNumber: payerNumber ?? null,
              statuses: claimAck.statuses.flatMap((s) => s.statuses),
            },
          }),
        );
      } else {
        claims.push({
          claimNumber: claim.claimNumber,
          outcome,
          status: claim.status,
          reasons: words,
        });
      }
    }
  }
  return { transactions: [], claims, rejections, unmatched };
}

/** Our claim with this patient control number, only if it was sent in a batch. */
async function sentClaim(
  q: Queryable,
  orgId: string,
  patientControlNumber: string,
): Promise<ClaimRecord | undefined> {
  const rows = await q.query<{ id: string }>(
    `select c.id from claims c
      where c.org_id = $1 and c.claim_number = $2
        and exists (select 1 from batch_claims b where b.org_id = c.org_id and b.claim_id = c.id)`,
    [orgId, patientControlNumber],
  );
  const id = rows[0]?.id;
  return id === undefined ? undefined : getClaim(q, orgId, id);
}
