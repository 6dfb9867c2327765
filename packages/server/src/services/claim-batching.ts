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
} from '@medbill/db';
import type { ClaimRecord } from '@medbill/db';
import { build837i, build837p } from '@medbill/x12';
import type { BuildResult, Header837 } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import { assemble837i } from './claim-837i-assembly.ts';
import { assemble837p } from './claim-837p-assembly.ts';
import { routeClaims } from './claim-routing.ts';
import type { ClaimRoute } from './claim-routing.ts';

export interface BatchResult {
  readonly batches: {
    readonly id: string;
    readonly fileName: string;
    readonly transactionType: '837P' | '837I';
    readonly receiver: string;
    readonly claims: number;
    readonly totalCharge: number;
  }[];
}

const MAX_CLAIMS_PER_FILE = 5000;

/**
 * Puts ready claims into 837 files, professional claims in 837P files and institutional ones in
 * 837I files (005010X223A2), one file of each per receiver (the payer's clearinghouse, or the payer
 * itself for direct submission): each file gets fresh persisted control numbers, is checked by
 * the X12 engine before it exists, and is stored byte for byte; its claims move to `in_batch`. Any claim the builder refuses stops
 * the whole batch with its located issues, and nothing changes. Call inside a transaction.
 */
export async function batchReadyClaims(
  q: Queryable,
  ctx: RequestContext,
  claimIds: readonly string[] | 'all-ready',
  now: Date,
): Promise<BatchResult> {
  const claims = await loadReady(q, ctx.orgId, claimIds);
  const batches: BatchResult['batches'][number][] = [];
  for (const format of FORMATS) {
    const ofKind = claims.filter((c) => c.kind === format.kind);
    for (const { route, claims: group } of await routeClaims(q, ctx.orgId, ofKind)) {
      for (let start = 0; start < group.length; start += MAX_CLAIMS_PER_FILE) {
        const chunk = group.slice(start, start + MAX_CLAIMS_PER_FILE);
        batches.push(await batchFile(q, ctx, format, route, chunk, now));
      }
    }
  }
  return { batches };
}

/** How each kind of claim is sent: its 837 and implementation guide (GS08). */
interface ClaimFormat {
  readonly kind: ClaimRecord['kind'];
  readonly transactionType: '837P' | '837I';
  readonly build: (
    q: Queryable,
    orgId: string,
    header: Header837,
    claims: readonly ClaimRecord[],
  ) => Promise<BuildResult>;
}

const FORMATS: readonly ClaimFormat[] = [
  {
    kind: 'professional',
    transactionType: '837P',
    build: async (q, orgId, header, claims) =>
      build837p({ ...header, claims: await assemble837p(q, orgId, claims) }),
  },
  {
    kind: 'institutional',
    transactionType: '837I',
    build: async (q, orgId, header, claims) =>
      build837i({ ...header, claims: await assemble837i(q, orgId, claims) }),
  },
];

const GUIDES = { '837P': '005010X222A1', '837I': '005010X223A2' } as const;

/** One file of claims of one kind to one receiver: built, checked, stored, its claims moved. */
async function batchFile(
  q: Queryable,
  ctx: RequestContext,
  format: ClaimFormat,
  route: ClaimRoute,
  chunk: readonly ClaimRecord[],
  now: Date,
): Promise<BatchResult['batches'][number]> {
  const type = format.transactionType;
  const interchange = await nextControlNumber(q, ctx.orgId, 'interchange');
  const functionalGroup = await nextControlNumber(q, ctx.orgId, 'group');
  const transaction = await nextControlNumber(q, ctx.orgId, 'transaction');
  const date = now.toISOString().slice(0, 10);
  const time = now.toISOString().slice(11, 16).replace(':', '');
  const header: Header837 = {
    envelope: {
      ...route.envelope,
      interchangeControlNumber: interchange,
      groupControlNumber: functionalGroup,
      functionalId: 'HC',
      version: GUIDES[type],
      date,
      time,
      usage: 'P',
    },
    transactionControlNumber: transaction,
    originatorReference: String(interchange),
    createdAt: { date, time },
    submitter: route.submitter,
    receiver: route.receiver,
  };
  const built = await format.build(q, ctx.orgId, header, chunk);
  if (built.text === undefined) {
    throw invalid(
      `The ${type} for ${route.receiver.name} was refused by the X12 engine; no batch was made.`,
      built.issues.map((i) => ({
        path: `${i.segmentId}${i.element !== undefined ? String(i.element).padStart(2, '0') : ''}${i.loop ? ` (loop ${i.loop})` : ''}`,
        code: i.code,
        message: i.message,
      })),
    );
  }
  const fileName = `${type}-${route.receiver.id}-${String(interchange).padStart(9, '0')}.x12`;
  const totalCharge = chunk.reduce((sum, c) => sum + c.totalCharge, 0);
  const batch = await insertBatch(q, ctx.orgId, {
    transactionType: type,
    receiverId: route.receiver.id,
    receiverName: route.receiver.name,
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
  if (left) throw new Error(`claim ${left.claimNumber} left the ready state while being batched`);
  return {
    id: batch.id,
    fileName,
    transactionType: type,
    receiver: route.receiver.name,
    claims: chunk.length,
    totalCharge,
  };
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
            message:
              claim.status === 'crossed_over'
                ? `claim ${claim.claimNumber} was forwarded to its payer by the earlier payer (crossover): it is not sent again`
                : `claim ${claim.claimNumber} is ${claim.status}, not ready: scrub it clean first`,
          },
        ];
  });
  if (problems.length > 0)
    throw invalid('Only ready claims can be batched; nothing was batched.', problems);
  return found.filter((c): c is ClaimRecord => c !== undefined);
}
