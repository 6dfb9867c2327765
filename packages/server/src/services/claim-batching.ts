import { createHash } from 'node:crypto';
import { invalid } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import {
  allItems,
  getClaim,
  insertBatch,
  listClaims,
  moveClaimStatuses,
  nextControlNumber,
  payers,
  practices,
} from '@medbill/db';
import type { ClaimRecord } from '@medbill/db';
import { build837p } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import { assemble837p } from './claim-837p-assembly.ts';

export interface BatchResult {
  readonly batches: {
    readonly id: string;
    readonly fileName: string;
    readonly receiver: string;
    readonly claims: number;
    readonly totalCharge: number;
  }[];
}

const MAX_CLAIMS_PER_FILE = 5000;

/**
 * Puts ready claims into 837P files, one per receiver (the payer, for direct submission): each
 * file gets fresh persisted control numbers, is checked by the X12 engine before it exists, and
 * is stored byte for byte; its claims move to `in_batch`. Any claim the builder refuses stops
 * the whole batch with its located issues, and nothing changes. Call inside a transaction.
 */
export async function batchReadyClaims(
  q: Queryable,
  ctx: RequestContext,
  claimIds: readonly string[] | 'all-ready',
  now: Date,
): Promise<BatchResult> {
  const claims = await loadReady(q, ctx.orgId, claimIds);
  const byPayer = new Map<string, ClaimRecord[]>();
  for (const claim of claims)
    byPayer.set(claim.payerId, [...(byPayer.get(claim.payerId) ?? []), claim]);
  const batches: BatchResult['batches'][number][] = [];
  for (const [payerId, group] of byPayer) {
    const payer = await payers.get(q, ctx.orgId, payerId);
    const practice = await practices.get(q, ctx.orgId, group[0]?.practiceId ?? '');
    if (!payer || !practice) throw new Error('a claim refers to a missing payer or practice');
    for (let start = 0; start < group.length; start += MAX_CLAIMS_PER_FILE) {
      const chunk = group.slice(start, start + MAX_CLAIMS_PER_FILE);
      const interchange = await nextControlNumber(q, ctx.orgId, 'interchange');
      const functionalGroup = await nextControlNumber(q, ctx.orgId, 'group');
      const transaction = await nextControlNumber(q, ctx.orgId, 'transaction');
      const date = now.toISOString().slice(0, 10);
      const time = now.toISOString().slice(11, 16).replace(':', '');
      const built = build837p({
        envelope: {
          senderQualifier: 'ZZ',
          senderId: practice.npi,
          receiverQualifier: 'ZZ',
          receiverId: payer.payerId,
          applicationSender: practice.npi,
          applicationReceiver: payer.payerId,
          interchangeControlNumber: interchange,
          groupControlNumber: functionalGroup,
          functionalId: 'HC',
          version: '005010X222A1',
          date,
          time,
          usage: 'P',
        },
        transactionControlNumber: transaction,
        originatorReference: String(interchange),
        createdAt: { date, time },
        submitter: {
          name: practice.name,
          id: practice.npi,
          contactName: 'BILLING OFFICE',
          phone: practice.phone ?? '0000000000',
        },
        receiver: { name: payer.name, id: payer.payerId },
        claims: await assemble837p(q, ctx.orgId, chunk),
      });
      if (built.text === undefined) {
        throw invalid(
          `The 837P for ${payer.name} was refused by the X12 engine; no batch was made.`,
          built.issues.map((i) => ({
            path: `${i.segmentId}${i.element !== undefined ? String(i.element).padStart(2, '0') : ''}${i.loop ? ` (loop ${i.loop})` : ''}`,
            code: i.code,
            message: i.message,
          })),
        );
      }
      const fileName = `837P-${payer.payerId}-${String(interchange).padStart(9, '0')}.x12`;
      const totalCharge = chunk.reduce((sum, c) => sum + c.totalCharge, 0);
      const batch = await insertBatch(q, ctx.orgId, {
        transactionType: '837P',
        receiverId: payer.payerId,
        receiverName: payer.name,
        interchangeControlNumber: interchange,
        groupControlNumber: functionalGroup,
        claimCount: chunk.length,
        totalCharge,
        fileName,
        fileSha256: createHash('sha256').update(built.text).digest('hex'),
        fileText: built.text,
        createdBy: ctx.actor.id,
        claims: chunk.map((c) => ({ claimId: c.id, version: c.version })),
      });
      const moved = await moveClaimStatuses(
        q,
        ctx.orgId,
        chunk.map((c) => c.id),
        { from: 'ready', to: 'in_batch', actorId: ctx.actor.id, reason: `in batch ${fileName}` },
      );
      const left = chunk.find((c) => !moved.has(c.id));
      if (left)
        throw new Error(`claim ${left.claimNumber} left the ready state while being batched`);
      batches.push({
        id: batch.id,
        fileName,
        receiver: payer.name,
        claims: chunk.length,
        totalCharge,
      });
    }
  }
  return { batches };
}

async function loadReady(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[] | 'all-ready',
): Promise<ClaimRecord[]> {
  if (claimIds === 'all-ready')
    return allItems((page) => listClaims(q, orgId, { status: 'ready' }, page));
  const found = await Promise.all(claimIds.map((id) => getClaim(q, orgId, id)));
  const problems = claimIds.flatMap((id, i) => {
    const claim = found[i];
    if (!claim) return [{ path: `claimIds.${i}`, code: 'exists', message: `no claim ${id}` }];
    return claim.status === 'ready'
      ? []
      : [
          {
            path: `claimIds.${i}`,
            code: 'not_ready',
            message: `claim ${claim.claimNumber} is ${claim.status}, not ready: scrub it clean first`,
          },
        ];
  });
  if (problems.length > 0)
    throw invalid('Only ready claims can be batched; nothing was batched.', problems);
  return found.filter((c): c is ClaimRecord => c !== undefined);
}
