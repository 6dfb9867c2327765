import { invalid } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import {
  batchFile,
  findBatchByGroupControlNumber,
  getClaim,
  insertBatchAcknowledgment,
} from '@medbill/db';
import {
  describeCode,
  explain999Errors,
  parseSegments,
  sentTransaction,
  transactionAckCodes,
  transactionClaims,
  transactionErrorCodes,
} from '@medbill/x12';
import type { ExplainedAckError, ImplementationAck, TransactionSetAck } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import { acceptClaim, rejectClaim } from './ack-claim-moves.ts';
import type { AckOutcome, ClaimAckOutcome } from './ack-outcome.ts';

const located = (fileName: string, at: { index: number }, element: string) =>
  `${fileName}: segment ${at.index} ${element}`;

/** The reasons a rejected transaction set gives about one of its claims, in words. */
function rejectionReasons(
  claimNumber: string,
  set: TransactionSetAck,
  errors: readonly ExplainedAckError[],
): string[] {
  const own = errors.filter((e) => e.claims.includes(claimNumber)).map((e) => e.message);
  const setCodes = set.codes
    .filter((c) => c !== '5' && c !== 'I5')
    .map((c) => `transaction set: ${describeCode(transactionErrorCodes, c)}`);
  if (own.length > 0 || setCodes.length > 0) return [...own, ...setCodes];
  const others = errors.map((e) => `${e.message} (claim ${e.claims.join(', ') || '—'})`);
  return [
    `the whole transaction set was rejected for errors on other claims${others.length ? `: ${others.join('; ')}` : ''}`,
  ];
}

/**
 * Applies 999 acknowledgments: AK1 names our batch by the GS06 we sent, each AK2 a transaction
 * set by its ST02, found in the batch file as stored. IK5 A/E moves the transaction's claims to
 * accepted; R (and M/W/X) rejects every claim of the transaction and puts each on the rejection
 * worklist with the IK3/IK4 errors that fall in it, in words. A batch or transaction set we
 * never sent is refused, located, and the caller's transaction rolls everything back.
 */
export async function apply999(
  q: Queryable,
  ctx: RequestContext,
  acks: readonly ImplementationAck[],
  file: { fileId: string; fileName: string },
): Promise<AckOutcome> {
  const transactions: AckOutcome['transactions'][number][] = [];
  const claims: ClaimAckOutcome[] = [];
  let rejections = 0;
  for (const ack of acks) {
    const gs06 = ack.group.controlNumber;
    const batch = /^\d{1,9}$/.test(gs06)
      ? await findBatchByGroupControlNumber(q, ctx.orgId, Number(gs06))
      : undefined;
    const stored = batch && (await batchFile(q, ctx.orgId, batch.id));
    if (!batch || !stored) {
      throw invalid(
        `${file.fileName} acknowledges a batch medbill never sent; nothing was imported.`,
        [
          {
            path: located(file.fileName, ack.group.at, 'AK102'),
            code: 'unknown_group_control_number',
            message: `AK102 group control number "${gs06}" matches the GS06 of no batch of this organization`,
          },
        ],
      );
    }
    const sent = parseSegments(stored.text);
    for (const set of ack.transactions) {
      const transaction = sentTransaction(sent, set.controlNumber);
      if (!transaction) {
        throw invalid(
          `${file.fileName} acknowledges a transaction set that batch ${batch.fileName} does not hold; nothing was imported.`,
          [
            {
              path: located(file.fileName, set.at, 'AK202'),
              code: 'unknown_transaction_control_number',
              message: `AK202 transaction set control number "${set.controlNumber}" is not an ST02 in batch ${batch.fileName} (GS06 ${gs06})`,
            },
          ],
        );
      }
      const status = set.status ?? 'R';
      const errors = explain999Errors(set, transaction);
      await insertBatchAcknowledgment(q, ctx.orgId, {
        fileId: file.fileId,
        batchId: batch.id,
        transactionControlNumber: set.controlNumber,
        status,
        groupStatus: ack.groupResponse?.status ?? 'R',
        codes: set.codes,
        errors: errors.map((e) => ({ ...e })),
      });
      transactions.push({
        batch: batch.fileName,
        controlNumber: set.controlNumber,
        status: transactionAckCodes[status],
      });
      for (const claimNumber of transactionClaims(transaction)) {
        const claim = await claimInBatch(q, ctx.orgId, claimNumber, batch.claimIds);
        if (status === 'A' || status === 'E') {
          const noted = errors.filter((e) => e.claims.includes(claimNumber));
          claims.push(
            await acceptClaim(
              q,
              ctx,
              claim,
              `999 accepted transaction set ${set.controlNumber} of batch ${batch.fileName}${noted.length ? ` with errors noted: ${noted.map((e) => e.message).join('; ')}` : ''}`,
            ),
          );
          continue;
        }
        const reasons = rejectionReasons(claimNumber, set, errors);
        rejections += 1;
        claims.push(
          await rejectClaim(q, ctx, claim, {
            summary: `999 rejected claim ${claimNumber} (transaction set ${set.controlNumber} of batch ${batch.fileName}): ${reasons.join('; ')}`,
            reasons,
            source: `ack:${file.fileId}`,
            detail: {
              batchId: batch.id,
              transactionControlNumber: set.controlNumber,
              errors: errors.filter((e) => e.claims.includes(claimNumber)),
            },
          }),
        );
      }
    }
  }
  return { transactions, claims, rejections, unmatched: 0 };
}

/** The claim with CLM01 `claimNumber` of a batch; a batch file names only its own claims. */
async function claimInBatch(
  q: Queryable,
  orgId: string,
  claimNumber: string,
  batchClaimIds: readonly string[],
): Promise<ClaimRecord> {
  const rows = await q.query<{ id: string }>(
    'select id from claims where org_id = $1 and claim_number = $2',
    [orgId, claimNumber],
  );
  const id = rows[0]?.id;
  const claim =
    id !== undefined && batchClaimIds.includes(id) ? await getClaim(q, orgId, id) : undefined;
  if (!claim) throw new Error(`claim ${claimNumber} of a stored batch file is not in that batch`);
  return claim;
}
