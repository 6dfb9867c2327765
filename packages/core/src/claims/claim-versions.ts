import type { IsoDate } from '../dates/index.ts';
import type { Problem } from '../errors.ts';
import type { Balances, LedgerEntry, Party } from '../ledger/index.ts';
import { formatUsd } from '../money/index.ts';
import type { Cents } from '../money/index.ts';
import type { ClaimStatus } from './claim-status.ts';

/**
 * Statuses in which the payer holds the claim in adjudication (accepted by its front end, or
 * already answered by an 835), so that a replacement (7) or void (8) has something to replace.
 * A draft, ready or rejected claim is fixed and sent as an original; one in a batch or just
 * submitted waits for its acknowledgment.
 */
export const REPLACEABLE_STATUSES: readonly ClaimStatus[] = [
  'accepted',
  'paid',
  'partially_paid',
  'denied',
  'closed',
];

/** Adjustment reason codes medbill writes for its own corrections (group CR). */
export const CORRECTION_REASON = 'CORRECTED-CLAIM';
export const VOID_REASON = 'VOIDED-CLAIM';

export interface ReplaceableClaim {
  readonly claimNumber: string;
  readonly status: ClaimStatus;
  readonly frequency: string;
  readonly payerClaimNumber?: string;
  /** The claim number of the version that already replaced this one. */
  readonly replacedBy?: string;
}

/**
 * Why a claim cannot be corrected (frequency 7) or voided (8) now, in a biller's words; empty
 * when it can. TR3 005010X222A1 2300 REF*F8: both need the payer's claim control number.
 */
export function replacementRefusals(
  claim: ReplaceableClaim,
  action: 'correct' | 'void',
): Problem[] {
  const problems: Problem[] = [];
  const verb = action === 'correct' ? 'corrected' : 'voided';
  if (claim.replacedBy !== undefined) {
    problems.push({
      path: 'claim',
      code: 'replaced',
      message: `Claim ${claim.claimNumber} was already replaced by claim ${claim.replacedBy}: work on that version.`,
    });
  }
  if (claim.frequency === '8') {
    problems.push({
      path: 'claim.frequency',
      code: 'void',
      message: `Claim ${claim.claimNumber} is a void (frequency 8): nothing is left to ${action}.`,
    });
  }
  if (!REPLACEABLE_STATUSES.includes(claim.status)) {
    problems.push({
      path: 'claim.status',
      code: 'status',
      message: `Claim ${claim.claimNumber} is ${claim.status.replace('_', ' ')}: only a claim the payer has accepted or adjudicated can be ${verb}${claim.status === 'rejected' || claim.status === 'draft' || claim.status === 'ready' ? '; fix it and send it as an original' : ''}.`,
    });
  }
  if ((claim.payerClaimNumber ?? '').trim() === '') {
    problems.push({
      path: 'claim.payerClaimNumber',
      code: 'payer_claim_number',
      message: `Claim ${claim.claimNumber} has no payer claim number yet (from the payer's 277CA or 835): a ${action === 'correct' ? 'corrected (frequency 7)' : 'void (frequency 8)'} claim must quote it in REF*F8.`,
    });
  }
  return problems;
}

/** A line of the version being replaced: what it billed, and what the new version bills. */
export interface LineChargeChange {
  readonly lineId: string;
  /** How the line is named to a biller, e.g. `line 2 (99213)`. */
  readonly label: string;
  readonly before: Cents;
  /** The new version's charge; `undefined` when the line is taken off the claim. */
  readonly after: Cents | undefined;
}

export type PlanResult =
  | { readonly ok: true; readonly entries: LedgerEntry[] }
  | { readonly ok: false; readonly problems: Problem[] };

const partyOrder = (billed: Party) => (p: Party) =>
  p.kind === 'payer' && billed.kind === 'payer' && p.coverageId === billed.coverageId
    ? 0
    : p.kind === 'payer'
      ? 1
      : 2;

/** Positive balances on a line, the billed party first, then other payers, then the patient. */
function openBalances(balances: Balances, lineId: string, billed: Party) {
  const rank = partyOrder(billed);
  return [...balances.entries()]
    .filter((b) => b.lineId === lineId && b.balance > 0)
    .sort((a, b) => rank(a.party) - rank(b.party));
}

const openTotal = (balances: Balances, lineId: string, billed: Party): number =>
  openBalances(balances, lineId, billed).reduce((sum, b) => sum + b.balance, 0);

function writeOff(
  balances: Balances,
  lineId: string,
  billed: Party,
  amount: number,
  meta: { postedOn: IsoDate; reason: string; id: (n: number) => string },
): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let left = amount;
  for (const { party, balance } of openBalances(balances, lineId, billed)) {
    if (left <= 0) break;
    const take = Math.min(left, balance) as Cents;
    entries.push({
      id: meta.id(entries.length),
      kind: 'adjustment',
      lineId,
      postedOn: meta.postedOn,
      amount: take,
      party,
      group: 'CR',
      reason: meta.reason,
    });
    left -= take;
  }
  return entries;
}

/**
 * The ledger entries of a corrected claim's changed charges: a raised charge is a supplement
 * charge to the billed party; a lowered charge (or a line taken off) is a CR write-off of open
 * balances, billed payer first. Posted payments and adjustments are never touched: when a line
 * does not owe enough to lower its charge (the payer already paid it), the correction is refused
 * for that line, with the amounts, until the payer's takeback re-opens the balance.
 */
export function planChargeChanges(
  changes: readonly LineChargeChange[],
  balances: Balances,
  billed: Party,
  postedOn: IsoDate,
  newId: (suffix: string) => string,
): PlanResult {
  const entries: LedgerEntry[] = [];
  const problems: Problem[] = [];
  changes.forEach((change, index) => {
    const after = change.after ?? 0;
    const delta = after - change.before;
    if (delta > 0) {
      entries.push({
        id: newId(`${change.lineId}:charge`),
        kind: 'charge',
        supplement: true,
        lineId: change.lineId,
        postedOn,
        amount: delta as Cents,
        party: billed,
      });
      return;
    }
    if (delta === 0) return;
    const owed = openTotal(balances, change.lineId, billed);
    if (owed < -delta) {
      problems.push({
        path: `lines.${index}.charge`,
        code: 'paid_line',
        message: `${change.label}: lowering the charge by ${formatUsd((0 - delta) as Cents)} needs that much still owed on the line, but only ${formatUsd(owed as Cents)} is open (the rest was paid or written off). Post the payer's takeback first, or keep the charge.`,
      });
      return;
    }
    entries.push(
      ...writeOff(balances, change.lineId, billed, -delta, {
        postedOn,
        reason: CORRECTION_REASON,
        id: (n) => newId(`${change.lineId}:adj${n}`),
      }),
    );
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, entries };
}

/**
 * The ledger entries of a void (frequency 8): every open balance on the claim's lines is
 * written off (group CR), so no party owes anything (a credit stays a credit, for the refund
 * worklist); payments already posted stay as they are —
 * the payer's takeback (835 CLP02 = 22) reverses them in its own entries.
 */
export function planVoid(
  lineIds: readonly string[],
  balances: Balances,
  billed: Party,
  postedOn: IsoDate,
  newId: (suffix: string) => string,
): LedgerEntry[] {
  return lineIds.flatMap((lineId) =>
    writeOff(balances, lineId, billed, openTotal(balances, lineId, billed), {
      postedOn,
      reason: VOID_REASON,
      id: (n) => newId(`${lineId}:adj${n}`),
    }),
  );
}
