import {
  byHandRefusal,
  conflict,
  formatUsd,
  invalid,
  notFound,
  subtractCents,
  sumCents,
} from '@medbill/core';
import type { BilledLine, ByHandRefusal, IsoDate, RemitLine } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { lockedClaimPayment, resolveUnmatchedRemittanceItems } from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';
import { procedureOf, toRemitClaim } from './era-claim-posting.ts';
import type { NextPayerOutcome } from './era-claim-posting.ts';
import { EraPostingState } from './era-posting-state.ts';
import { postRereadClaimPayment, rereadClaimPayment } from './filed-claim-payment.ts';

/** A service line of a file's claim payment, and the billed line a biller says it pays. */
export interface ServiceLinePosting {
  readonly fileId: string;
  /** The claim payment's place in the file (1, 2, …), as the remittance view lists them. */
  readonly position: number;
  /** The service line's place in the claim payment (1, 2, …: its SVC in the 835's order). */
  readonly servicePosition: number;
  /** The billed line of the claim it pays. */
  readonly serviceLineId: string;
}

export interface ServiceLinePosted {
  readonly claimNumber: string;
  /** The claim's status after the posting. */
  readonly status: string;
  /** Service lines of the claim payment still posted nowhere (unmatched or unbalanced). */
  readonly unmatched: number;
  readonly nextPayer?: NextPayerOutcome;
}

/**
 * Posts a service line (SVC) the 835 import left unmatched — the payer paid it under another
 * code without saying which line it paid — to the billed line a biller names, as the import
 * posts a matched line: its payment, write-offs and patient share (or its denial), the code it
 * was paid as, then the claim's status and the next payer decided over the whole claim payment,
 * as if the 835 had echoed that line's control number. Its worklist item is resolved. Refused,
 * nothing changed: a line posted already (by the 835 or by hand), a billed line another service
 * line pays, a line that does not balance, a claim payment not posted to a claim or reversed
 * since. Call inside a transaction.
 */
export async function postUnmatchedServiceLine(
  q: Queryable,
  ctx: RequestContext,
  posting: ServiceLinePosting,
  postedOn: IsoDate,
  scrub: ScrubOptions,
): Promise<ServiceLinePosted> {
  const { fileId, position, servicePosition, serviceLineId } = posting;
  const filed = await lockedClaimPayment(q, ctx.orgId, fileId, position);
  if (!filed) throw notFound('claim payment', `${fileId} #${position}`);
  if (filed.claimNumber === undefined) {
    throw conflict('This claim payment is not posted to a claim: post it to its claim first.', [
      { path: 'position', code: 'not_posted', message: 'claim payment not posted' },
    ]);
  }
  const found = rereadClaimPayment(filed, posting, postedOn, scrub);
  const { remittance, meta } = found;
  if (!found.claim.serviceLines[servicePosition - 1])
    throw notFound('service line', `${fileId} #${position}.${servicePosition}`);
  if (found.claim.status === '22') {
    throw invalid('A reversal (CLP02 22) takes back earlier payments; it posts no lines.', [
      { path: 'position', code: 'reversal', message: 'a reversal posts no lines' },
    ]);
  }
  // The claim it was posted to: as the 835 names it, else (posted by hand) by its own number.
  const quoted = { ...found.claim, patientControlNumber: filed.claimNumber };
  const state = await EraPostingState.load(q, ctx.orgId, [found.claim, quoted]);
  const asSent = state.match(found.claim, remittance.payer);
  const [remitClaim, matched] =
    asSent?.claim.claimNumber === filed.claimNumber
      ? [found.claim, asSent]
      : [quoted, state.match(quoted, remittance.payer)];
  if (!matched) throw new Error(`claim ${filed.claimNumber} of ${fileId} #${position} not found`);
  const pinned = pinnedLines(state, matched.lines, meta.key);
  const remit = toRemitClaim(remitClaim);
  const index = servicePosition - 1;
  const refusal = byHandRefusal(remit, matched.lines, pinned, index, serviceLineId);
  if (refusal) throw refused(refusal, remit.lines[index], matched.lines);
  pinned.set(index, serviceLineId);

  const outcome = await postRereadClaimPayment(q, ctx, state, matched, remitClaim, meta, {
    pinned,
    lineId: serviceLineId,
  });
  const billed = matched.lines.find((l) => l.id === serviceLineId);
  await resolveUnmatchedRemittanceItems(
    q,
    ctx.orgId,
    { fileId, position, of: 'service line', servicePosition },
    {
      actorId: ctx.actor.id,
      text: `Posted by hand to the claim's ${billed ? lineWords(billed) : 'chosen'} line, on ${postedOn}.`,
    },
  );
  return {
    claimNumber: matched.claim.claimNumber,
    status: state.statusOf(matched.claim.id) ?? outcome.status,
    unmatched: outcome.unmatched,
    ...(outcome.nextPayer ? { nextPayer: outcome.nextPayer } : {}),
  };
}

/**
 * The service lines of the claim payment keyed `key` that billers posted by hand (index → billed
 * line), read from the ledger entries they made (`era:<key>:hand<n>-…`). Refused when a later
 * 835 reversed what the claim payment posted: it no longer stands.
 */
function pinnedLines(
  state: EraPostingState,
  lines: readonly BilledLine[],
  key: string,
): Map<number, string> {
  const prefix = `era:${key}:`;
  const entries = state.books.entriesOf(lines.map((l) => l.id));
  if (entries.some((e) => e.kind === 'reversal' && e.reverses.startsWith(prefix))) {
    throw conflict('A later 835 reversed this claim payment: post from that one instead.', [
      { path: 'position', code: 'reversed', message: 'claim payment reversed' },
    ]);
  }
  const pinned = new Map<number, string>();
  for (const entry of entries) {
    const hand = entry.id.startsWith(prefix)
      ? /^hand(\d+)-/.exec(entry.id.slice(prefix.length))
      : null;
    if (hand) pinned.set(Number(hand[1]) - 1, entry.lineId);
  }
  return pinned;
}

const lineWords = (line: BilledLine) => `${procedureOf(line)} (${line.serviceDate})`;

function refused(
  refusal: ByHandRefusal,
  line: RemitLine | undefined,
  lines: readonly BilledLine[],
): Error {
  const billed = (id: string) => {
    const found = lines.find((l) => l.id === id);
    return found ? lineWords(found) : 'another';
  };
  switch (refusal.kind) {
    case 'matched':
      return conflict(
        `This service line is already posted to the claim's ${billed(refusal.billedId)} line${refusal.byHand ? ' (by hand)' : ' (the 835 matched it)'}.`,
        [{ path: 'servicePosition', code: 'already_posted', message: 'already posted' }],
      );
    case 'taken':
      return invalid(
        `That line is already paid by service line ${refusal.servicePosition} of this claim payment.`,
        [{ path: 'serviceLineId', code: 'already_paid', message: 'paid by another service line' }],
      );
    case 'not-a-line':
      return invalid('That is not a line of the claim this payment is posted to.', [
        { path: 'serviceLineId', code: 'not_found', message: 'not a line of the claim' },
      ]);
    case 'unbalanced':
      return invalid(`${unbalancedWords(line)}; nothing was posted.`, [
        { path: 'servicePosition', code: 'unbalanced', message: 'does not balance' },
      ]);
  }
}

/** Why a line posts nowhere: its sums do not add up, or it pays more than was charged. */
function unbalancedWords(line: RemitLine | undefined): string {
  if (!line) return 'This service line does not balance';
  const adjusted = sumCents(line.adjustments.map((a) => a.amount));
  const left = subtractCents(line.charge, adjusted);
  return left === line.paid
    ? `This service line pays ${formatUsd(line.paid)} on a ${formatUsd(line.charge)} charge: an overpayment to settle with the payer`
    : `This service line does not balance: charge ${formatUsd(line.charge)} − adjustments ${formatUsd(adjusted)} = ${formatUsd(left)}, paid ${formatUsd(line.paid)}: the payer must correct it`;
}
