import {
  canMove,
  CROSSOVER_STATUSES,
  isWithin,
  nextPayerDecision,
  planPosting,
} from '@medbill/core';
import type {
  Cents,
  Coverage,
  IsoDate,
  LedgerEntry,
  NextPayerDecision,
  Party,
  RemitAdjustment,
  RemitClaim,
  RemitClaimStatus,
} from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import type { Adjustment, RemittanceClaim } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import type { EraPostingState, MatchedClaim } from './era-posting-state.ts';
import type { NextPayerClaim, NextPayerRequest } from './next-payer-claims.ts';
import { flagNextPayerClaims } from './stale-next-payer-claims.ts';

export interface NextPayerOutcome {
  readonly claimNumber: string;
  /** `stale`: the reversal left a next payer's claim held (unsent) or to be corrected (sent). */
  readonly outcome: 'built' | 'rebuilt' | 'exists' | 'crossover' | 'held' | 'stale';
  /** The next payer's claim, when built (or built before). */
  readonly nextClaimNumber?: string;
  readonly detail: string;
}

export interface ClaimPostingMeta {
  readonly fileId: string;
  /** The claim payment's place in the file. */
  readonly claimPosition: number;
  readonly key: string;
  readonly postedOn: IsoDate;
  readonly adjudicatedOn: IsoDate;
  readonly payerName: string;
  readonly scrub: ScrubOptions;
}

/**
 * Service lines of a claim payment a biller matched by hand, by their place in it (0-based):
 * every one so far, the one posted now (`lineId` the billed line it pays) among them.
 */
export interface LinesMatchedByHand {
  readonly pinned: ReadonlyMap<number, string>;
  readonly lineId: string;
}

/**
 * Posts one claim payment to its matched claim in the file's posting state: ledger entries,
 * denials and unaccounted lines to the worklists, the claim's status and payer claim number, and
 * the balance handed over to the next payer (whose claim, when built, is written at once).
 *
 * With `byHand`, the claim payment was posted before and a biller has now matched one of the
 * service lines it left unmatched: only that line's entries and denial are posted, while the
 * claim's status and the next payer are decided over the whole claim payment as if the 835 had
 * matched that line itself.
 */
export async function postClaimPayment(
  q: Queryable,
  ctx: RequestContext,
  state: EraPostingState,
  { claim, lines: billedLines }: MatchedClaim,
  remitClaim: RemittanceClaim,
  meta: ClaimPostingMeta,
  byHand?: LinesMatchedByHand,
): Promise<{
  status: string;
  denials: number;
  unmatched: number;
  /** What became of the next payer, or the claim to bill it (built with the file's others). */
  nextPayer?: NextPayerOutcome | NextPayerRequest;
}> {
  const coverages = state.coverages.get(claim.patientId) ?? [];
  const billedParty: Party = { kind: 'payer', coverageId: claim.coverageId };
  // CLP07 is the number a corrected (7) or void (8) claim must quote in REF*F8.
  const payerNumber = remitClaim.payerClaimControlNumber;
  if (payerNumber && payerNumber !== claim.payerClaimNumber && remitClaim.status !== '22')
    state.setPayerClaimNumber(claim.id, payerNumber);
  const source = `era:${meta.fileId}`;

  if (remitClaim.status === '22') {
    state.post(reversalsOf(state.books.entriesOf(billedLines.map((l) => l.id)), meta));
    const stale = await flagNextPayerClaims(
      q,
      ctx,
      claim,
      `${meta.payerName}'s 835 reversed its adjudication of claim ${claim.claimNumber}`,
      meta.scrub,
    );
    return {
      status: claim.status,
      denials: 0,
      unmatched: 0,
      ...(stale.length > 0
        ? {
            nextPayer: {
              claimNumber: claim.claimNumber,
              outcome: 'stale' as const,
              detail: stale
                .map((s) =>
                  s.action === 'held'
                    ? `claim ${s.claimNumber} held until the new 835 rebuilds it`
                    : `claim ${s.claimNumber} was sent: a corrected claim is on the worklist`,
                )
                .join('; '),
            },
          }
        : {}),
    };
  }

  const remit = toRemitClaim(remitClaim);
  const billedCoverage = coverages.find((c) => c.id === claim.coverageId);
  const nextParty = nextPartyAfter(coverages, billedCoverage, claim.serviceDateFrom);
  const plan = planPosting(
    remit,
    { id: claim.id, billedParty, nextParty, lines: billedLines },
    meta.postedOn,
    (suffix) => `era:${meta.key}:${suffix}`,
    byHand?.pinned,
  );
  const postsNow = (lineId: string) => byHand === undefined || lineId === byHand.lineId;
  state.post(plan.entries.filter((e) => postsNow(e.lineId)));
  state.recodedLines.push(
    ...plan.matches.flatMap(({ billed, paidAs }) =>
      !postsNow(billed.id)
        ? []
        : paidAs.map((procedure, n) => ({
            claimPosition: meta.claimPosition,
            serviceLineId: billed.id,
            position: n + 1,
            ...procedure,
          })),
    ),
  );
  for (const denial of plan.denials.filter((d) => postsNow(d.lineId))) {
    const reasons = denial.adjustments.map((a) => `${a.group}-${a.reason}`).join(', ');
    state.worklist.push({
      kind: 'denial',
      claimId: claim.id,
      serviceLineId: denial.lineId,
      source,
      summary: `${meta.payerName} denied a line of claim ${claim.claimNumber} (${reasons}${denial.remarks.length ? `; remarks ${denial.remarks.join(', ')}` : ''})`,
      detail: { adjustments: denial.adjustments, remarks: denial.remarks },
      amount: denial.adjustments.reduce((sum, a) => sum + a.amount, 0),
    });
  }
  const leftovers = [
    ...plan.unmatchedLines.map((l) => ({
      line: l,
      unposted: 'unmatched' as const,
      why: 'matches no line of the claim (post it to the line it pays from the remittance)',
    })),
    ...plan.unbalancedLines.map((l) => ({
      line: l,
      unposted: 'unbalanced' as const,
      why: 'does not balance (charge − adjustments ≠ paid)',
    })),
  ];
  for (const { line, unposted, why } of byHand ? [] : leftovers) {
    // Where the service line is in the file, for a biller to post it by hand (an unbundled
    // line's service lines, combined, are not one of them).
    const servicePosition = remit.lines.indexOf(line) + 1;
    state.worklist.push({
      kind: 'unmatched_remittance',
      claimId: claim.id,
      source,
      summary: `Claim ${claim.claimNumber}: the payment line for ${procedureOf(line)}${line.submitted ? ` (billed as ${procedureOf(line.submitted)})` : ''} ${why}`,
      detail: {
        line,
        unposted,
        position: meta.claimPosition,
        ...(servicePosition > 0 ? { servicePosition } : {}),
      },
      amount: line.paid,
    });
  }
  const target =
    remitClaim.status === '4' ||
    (plan.denials.length > 0 && plan.denials.length === plan.matches.length)
      ? 'denied'
      : plan.denials.length > 0 || leftovers.length > 0 || plan.matches.length < billedLines.length
        ? 'partially_paid'
        : 'paid';
  if (canMove(claim.status, target)) {
    const crossover = CROSSOVER_STATUSES.includes(remitClaim.status)
      ? '; forwarded by the payer to the next payer (crossover)'
      : '';
    const how = byHand ? '; a line it left unmatched posted by hand' : '';
    state.moveStatus(
      claim.id,
      target,
      ctx.actor.id,
      `835 from ${meta.payerName}: paid ${(remitClaim.paid / 100).toFixed(2)}${crossover}${how}`,
    );
  }
  const decision = nextPayerDecision(remit, plan, nextParty, billedLines.length);
  const nextCoverage =
    nextParty.kind === 'payer' ? coverages.find((c) => c.id === nextParty.coverageId) : undefined;
  // A crossover to a payer not on file was told when the claim payment was posted.
  const nextPayer =
    decision.kind === 'crossover-without-coverage'
      ? byHand
        ? undefined
        : crossoverWithoutCoverage(ctx, state, claim, remitClaim, meta)
      : decision.kind === 'none' || !billedCoverage || !nextCoverage
        ? undefined
        : handOver(
            ctx,
            state,
            claim,
            decision,
            { billed: billedCoverage, next: nextCoverage },
            meta,
          );
  return {
    status: target,
    denials: plan.denials.length,
    unmatched: leftovers.length,
    ...(nextPayer ? { nextPayer } : {}),
  };
}

/** CLP02 22: every payer entry medbill posted from an 835 on the lines, not yet reversed, newest first. */
function reversalsOf(earlier: readonly LedgerEntry[], meta: ClaimPostingMeta): LedgerEntry[] {
  const reversed = new Set(earlier.flatMap((e) => (e.kind === 'reversal' ? [e.reverses] : [])));
  return earlier
    .filter(
      (e) =>
        e.id.startsWith('era:') &&
        e.kind !== 'charge' &&
        e.kind !== 'reversal' &&
        !reversed.has(e.id),
    )
    .reverse()
    .map((e) => ({
      id: `rev:${meta.key}:${e.id}`,
      kind: 'reversal',
      lineId: e.lineId,
      postedOn: meta.postedOn,
      amount: e.amount,
      reverses: e.id,
    }));
}

const toRemitAdjustment = ({ group, reason, amount, quantity }: Adjustment): RemitAdjustment =>
  quantity === undefined ? { group, reason, amount } : { group, reason, amount, quantity };

/** The 835 claim payment in core's plain data. */
export function toRemitClaim(remit: RemittanceClaim): RemitClaim {
  return {
    patientControlNumber: remit.patientControlNumber,
    status: remit.status as RemitClaimStatus,
    charge: remit.charge,
    paid: remit.paid,
    patientResponsibility: (remit.patientResponsibility ?? 0) as Cents,
    ...(remit.payerClaimControlNumber ? { payerClaimNumber: remit.payerClaimControlNumber } : {}),
    adjustments: remit.adjustments.map(toRemitAdjustment),
    remarks: remit.remarkCodes,
    lines: remit.serviceLines.map((line) => ({
      procedureCode: line.procedure.code,
      modifiers: line.procedure.modifiers,
      ...(line.submittedProcedure
        ? {
            submitted: {
              procedureCode: line.submittedProcedure.code,
              modifiers: line.submittedProcedure.modifiers,
            },
          }
        : {}),
      charge: line.charge,
      paid: line.paid,
      ...(line.units === undefined ? {} : { units: line.units }),
      ...((line.serviceDate ?? line.serviceFrom)
        ? { serviceDate: (line.serviceDate ?? line.serviceFrom) as IsoDate }
        : {}),
      ...(line.lineControlNumber ? { lineControlNumber: line.lineControlNumber } : {}),
      adjustments: line.adjustments.map(toRemitAdjustment),
      remarks: line.remarkCodes,
    })),
  };
}

/** A procedure as billers write it: `71046-26`. */
export const procedureOf = (p: { procedureCode: string; modifiers: readonly string[] }) =>
  [p.procedureCode, ...p.modifiers].join('-');

/** Who owes what the payer left to the patient: the next coverage in force, else the patient. */
function nextPartyAfter(
  coverages: readonly Coverage[],
  billed: Coverage | undefined,
  dos: IsoDate,
): Party {
  const order = ['primary', 'secondary', 'tertiary'] as const;
  const after = billed ? order.slice(order.indexOf(billed.order) + 1) : [];
  const next = after
    .map((o) =>
      coverages.find(
        (c) =>
          c.order === o &&
          isWithin(
            dos,
            c.effectiveTo
              ? { from: c.effectiveFrom, to: c.effectiveTo }
              : { from: c.effectiveFrom },
          ),
      ),
    )
    .find((c) => c !== undefined);
  return next ? { kind: 'payer', coverageId: next.id } : { kind: 'patient' };
}

/**
 * The balance left to the next payer: its claim is to be built (with this payer's
 * adjudication) — billed, or when the payer forwarded the claim itself (crossover) recorded as
 * crossed over — or, when the 835 leaves lines unaccounted, not built, and the claim's history
 * says why.
 */
function handOver(
  ctx: RequestContext,
  state: EraPostingState,
  claim: ClaimRecord,
  decision: Extract<NextPayerDecision, { kind: 'bill' | 'crossover' | 'hold' }>,
  coverages: { billed: Coverage; next: Coverage },
  meta: ClaimPostingMeta,
): NextPayerOutcome | NextPayerRequest {
  if (decision.kind !== 'hold') {
    return {
      claim,
      coverages,
      adjudication: decision.adjudication,
      adjudicatedOn: meta.adjudicatedOn,
      fileId: meta.fileId,
      payerName: meta.payerName,
      ...(decision.kind === 'crossover' ? { crossover: decision.status } : {}),
    };
  }
  const detail = `${coverages.next.order} claim not built: ${decision.reason}`;
  noteOnClaim(ctx, state, claim, detail);
  return { claimNumber: claim.claimNumber, outcome: 'held', detail };
}

/**
 * The payer says it forwarded the claim to the next payer, but the patient has no coverage on
 * file after this one: the balance went to the patient, and a biller finds the other payer.
 */
function crossoverWithoutCoverage(
  ctx: RequestContext,
  state: EraPostingState,
  claim: ClaimRecord,
  remitClaim: RemittanceClaim,
  meta: ClaimPostingMeta,
): NextPayerOutcome {
  const detail = `${meta.payerName} forwarded claim ${claim.claimNumber} to another payer (crossover, CLP02 ${remitClaim.status}), but the patient has no coverage on file after this one: add it so that its 835 can be posted`;
  noteOnClaim(ctx, state, claim, detail);
  state.worklist.push({
    kind: 'unmatched_remittance',
    claimId: claim.id,
    source: `era:${meta.fileId}`,
    summary: detail,
    detail: {
      patientControlNumber: remitClaim.patientControlNumber,
      status: remitClaim.status,
      charge: remitClaim.charge,
      paid: remitClaim.paid,
    },
    amount: remitClaim.patientResponsibility ?? 0,
  });
  return { claimNumber: claim.claimNumber, outcome: 'crossover', detail };
}

/** A line in the claim's history that leaves its status as it is. */
function noteOnClaim(
  ctx: RequestContext,
  state: EraPostingState,
  claim: ClaimRecord,
  reason: string,
): void {
  const status = state.statusOf(claim.id) ?? claim.status;
  state.events.push({
    claimId: claim.id,
    actorId: ctx.actor.id,
    fromStatus: status,
    toStatus: status,
    reason,
  });
}

/** The outcome of billing the next payer for the claim of `request`. */
export function nextPayerOutcome(
  request: NextPayerRequest,
  built: NextPayerClaim,
): NextPayerOutcome {
  const order = request.coverages.next.order;
  if (request.crossover !== undefined) {
    return {
      claimNumber: request.claim.claimNumber,
      outcome: 'crossover',
      nextClaimNumber: built.claimNumber,
      detail: `${request.payerName} forwarded the claim to the ${order} payer (crossover): ${order} claim ${built.claimNumber} ${built.outcome === 'exists' ? 'was recorded before' : 'recorded as crossed over'}, not billed again`,
    };
  }
  return {
    claimNumber: request.claim.claimNumber,
    outcome: built.outcome,
    nextClaimNumber: built.claimNumber,
    detail: `${order} claim ${built.claimNumber} ${built.outcome === 'exists' ? 'was built before' : `${built.outcome}, ${built.status}`}`,
  };
}
