import { createHash } from 'node:crypto';
import { formatUsd, invalid } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Database, Queryable } from '@medbill/db';
import { findRemittanceFile, insertRemittanceFile, isDatabaseError } from '@medbill/db';
import { read835 } from '@medbill/x12';
import type { Remittance } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import { nextPayerOutcome, postClaimPayment } from './era-claim-posting.ts';
import type { NextPayerOutcome } from './era-claim-posting.ts';
import { EraPostingState } from './era-posting-state.ts';
import { recordProviderAdjustments } from './era-provider-adjustments.ts';
import { billNextPayers } from './next-payer-claims.ts';
import type { NextPayerRequest } from './next-payer-claims.ts';

export type { NextPayerOutcome } from './era-claim-posting.ts';

export interface EraImportResult {
  readonly alreadyImported: boolean;
  readonly fileId: string;
  readonly payerName: string;
  readonly payment: number;
  readonly claims: number;
  readonly posted: {
    readonly claimNumber: string;
    readonly paid: number;
    readonly status: string;
  }[];
  readonly denials: number;
  readonly unmatched: number;
  readonly providerAdjustments: number;
  /** What happened to the remaining balance's next payer, per claim posted. */
  readonly nextPayer: NextPayerOutcome[];
}

/**
 * Imports an 835 all-or-nothing and exactly once: the file's hash is recorded in the same
 * transaction as every posting, so a second import (even at the same moment, from another
 * connection) finds it and changes nothing, and a failure half-way leaves no trace. Each claim
 * payment is matched by CLP01 (the claim number medbill sent), then by the payer's claim number,
 * preferring the claim of the payer that sent the 835 (a crossover secondary's 835 quotes the
 * primary's claim number); anything else goes to the unmatched worklist, never guessed onto a
 * claim.
 */
export async function importEra(
  db: Database,
  ctx: RequestContext,
  file: { name: string; text: string },
  postedOn: IsoDate,
  scrub: ScrubOptions = { today: () => postedOn, payerRules: [] },
): Promise<EraImportResult> {
  const sha256 = createHash('sha256').update(file.text).digest('hex');
  const known = await findRemittanceFile(db, ctx.orgId, sha256);
  if (known) return alreadyImported(known.id, known.payerName, known.payment);
  const { remittances, issues } = read835(file.text);
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || remittances.length === 0) {
    throw invalid(
      `${file.name} is not a valid 835; nothing was posted.`,
      (errors.length > 0 ? errors : issues).slice(0, 50).map((i) => ({
        path: `${file.name}: segment ${i.segmentIndex} ${i.segmentId}${i.element !== undefined ? String(i.element).padStart(2, '0') : ''}`,
        code: i.code,
        message: i.message,
      })),
    );
  }
  try {
    return await db.transaction(async (tx) => {
      const payerName = remittances[0]?.payer.name ?? '';
      const payment = remittances.reduce(
        (sum, r) => sum + (r.payment.creditDebit === 'D' ? 0 - r.payment.amount : r.payment.amount),
        0,
      );
      const fileId = await insertRemittanceFile(tx, ctx.orgId, {
        sha256,
        fileName: file.name,
        fileText: file.text,
        payerName,
        payment,
        traceNumbers: remittances.flatMap((r) => (r.trace ? [r.trace.number] : [])),
        ...paymentDateOf(remittances),
        importedBy: ctx.actor.id,
      });
      const result = {
        posted: [] as EraImportResult['posted'],
        denials: 0,
        unmatched: 0,
        providerAdjustments: 0,
        claims: 0,
      };
      // In file order: what became of each next payer, or the claim to bill it (built below,
      // all at once).
      const nextPayer: (NextPayerOutcome | NextPayerRequest)[] = [];
      const state = await EraPostingState.load(
        tx,
        ctx.orgId,
        remittances.flatMap((r) => r.claims),
      );
      const source = `era:${fileId}`;
      for (const [r, remittance] of remittances.entries()) {
        for (const [c, remitClaim] of remittance.claims.entries()) {
          result.claims += 1;
          const matched = state.match(remitClaim, remittance.payer);
          state.remittanceClaims.push({
            position: result.claims,
            patientControlNumber: remitClaim.patientControlNumber,
            statusCode: remitClaim.status,
            charge: remitClaim.charge,
            paid: remitClaim.paid,
            ...(remitClaim.payerClaimControlNumber
              ? { payerClaimNumber: remitClaim.payerClaimControlNumber }
              : {}),
            ...(remitClaim.interest === undefined ? {} : { interest: remitClaim.interest }),
            ...(matched ? { claimId: matched.claim.id } : {}),
          });
          if (!matched) {
            result.unmatched += 1;
            state.worklist.push({
              kind: 'unmatched_remittance',
              source,
              summary: `${payerName} paid ${formatUsd(remitClaim.paid)} on claim ${remitClaim.patientControlNumber}, which matches no claim on file; post it to the claim from the remittance`,
              detail: {
                // Which of the file's claim payments: the remittance view posts it by this position.
                position: result.claims,
                patientControlNumber: remitClaim.patientControlNumber,
                payerClaimNumber: remitClaim.payerClaimControlNumber ?? null,
                status: remitClaim.status,
                charge: remitClaim.charge,
                paid: remitClaim.paid,
              },
              amount: remitClaim.paid,
            });
            continue;
          }
          const { claim } = matched;
          const outcome = await postClaimPayment(tx, ctx, state, matched, remitClaim, {
            fileId,
            claimPosition: result.claims,
            key: claimPaymentKey(sha256, r, c),
            postedOn,
            adjudicatedOn: remittance.payment.date ?? remittance.productionDate ?? postedOn,
            payerName,
            scrub,
          });
          // A payment reversed further on in the same file bills no next payer.
          if (remitClaim.status === '22') withdrawRequests(nextPayer, claim.id, payerName);
          if (outcome.nextPayer) nextPayer.push(outcome.nextPayer);
          result.denials += outcome.denials;
          result.unmatched += outcome.unmatched;
          result.posted.push({
            claimNumber: claim.claimNumber,
            paid: remitClaim.paid,
            status: outcome.status,
          });
        }
      }
      result.providerAdjustments = await recordProviderAdjustments(tx, ctx, state, remittances, {
        fileId,
        fileName: file.name,
        postedOn,
      });
      const outcomes = await billRequestedNextPayers(tx, ctx, nextPayer, scrub);
      await state.write(tx, ctx.orgId, fileId, { source, actorId: ctx.actor.id });
      return {
        alreadyImported: false,
        fileId,
        payerName,
        payment,
        ...result,
        nextPayer: outcomes,
      };
    });
  } catch (error) {
    // Another connection imported the same file first: that import counts, this one changes nothing.
    if (
      isDatabaseError(error, '23505') &&
      error.constraint === 'remittance_files_org_id_sha256_key'
    ) {
      const winner = await findRemittanceFile(db, ctx.orgId, sha256);
      if (winner) return alreadyImported(winner.id, winner.payerName, winner.payment);
    }
    throw error;
  }
}

/**
 * Bills, all at once, the next payers that claim payments asked for, and says what became of
 * each claim payment's next payer, in the order given.
 */
export async function billRequestedNextPayers(
  q: Queryable,
  ctx: RequestContext,
  nextPayer: readonly (NextPayerOutcome | NextPayerRequest)[],
  scrub: ScrubOptions,
): Promise<NextPayerOutcome[]> {
  const requests = nextPayer.filter((n): n is NextPayerRequest => 'adjudication' in n);
  const built = await billNextPayers(q, ctx, requests, scrub);
  const requestIndex = new Map(requests.map((r, i) => [r, i]));
  return nextPayer.map((n) => {
    if (!('adjudication' in n)) return n;
    const made = built[requestIndex.get(n) ?? -1];
    if (!made) throw new Error('a next-payer claim requested was not billed');
    return nextPayerOutcome(n, made);
  });
}

/**
 * What makes the ledger entries of a file's claim payment unique: the file (its hash) and the
 * claim payment's place in it (transaction `r`, claim `c`), whether the import or a biller posts it.
 */
export const claimPaymentKey = (sha256: string, r: number, c: number): string =>
  `${sha256.slice(0, 12)}:${r}:${c}`;

/** Replaces the requests to bill the next payer for this claim with what became of them. */
function withdrawRequests(
  nextPayer: (NextPayerOutcome | NextPayerRequest)[],
  claimId: string,
  payerName: string,
): void {
  nextPayer.forEach((n, i) => {
    if (!('adjudication' in n) || n.claim.id !== claimId) return;
    nextPayer[i] = {
      claimNumber: n.claim.claimNumber,
      outcome: 'held',
      detail: `${n.coverages.next.order} claim not built: ${payerName} reversed this payment further on in the same 835`,
    };
  });
}

/** BPR16 of the file's payments: the earliest, when its transactions carry different dates. */
function paymentDateOf(remittances: readonly Remittance[]): { paymentDate?: IsoDate } {
  const dates = remittances.flatMap((r) => (r.payment.date ? [r.payment.date] : [])).sort();
  return dates[0] ? { paymentDate: dates[0] } : {};
}

function alreadyImported(fileId: string, payerName: string, payment: number): EraImportResult {
  return {
    alreadyImported: true,
    fileId,
    payerName,
    payment,
    claims: 0,
    posted: [],
    denials: 0,
    unmatched: 0,
    providerAdjustments: 0,
    nextPayer: [],
  };
}
