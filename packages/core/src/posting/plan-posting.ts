import type { IsoDate } from '../dates/index.ts';
import type { LedgerEntry, Party } from '../ledger/index.ts';
import type { Cents } from '../money/index.ts';
import { negateCents, subtractCents, sumCents } from '../money/index.ts';
import type { BilledLine, LineMatch } from './match-lines.ts';
import { matchLines } from './match-lines.ts';
import type { RemitAdjustment, RemitClaim, RemitLine } from './remittance.ts';

/** A claim as billed to one payer, as posting needs it. */
export interface BilledClaim {
  readonly id: string;
  /** The party billed: the coverage the claim went to. */
  readonly billedParty: Party;
  /** Who owes patient responsibility next: the next coverage in order, or the patient. */
  readonly nextParty: Party;
  readonly lines: readonly BilledLine[];
}

export interface Denial {
  readonly lineId: string;
  readonly adjustments: readonly RemitAdjustment[];
  readonly remarks: readonly string[];
}

/** A procedure the payer adjudicated a billed line as (835 SVC01), and what it paid under it. */
export interface PaidAsProcedure {
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly paid: Cents;
}

/** A billed line with the 835 service lines matched to it. */
export interface BilledLineMatch extends LineMatch {
  /**
   * The procedures the payer paid the line as, when not the one billed: the one it re-coded the
   * line to (99214 paid as 99213), or each one it unbundled the line into, in the 835's order
   * (80053 paid as 82947, 84132, 82565); none for a line paid as billed.
   */
  readonly paidAs: readonly PaidAsProcedure[];
}

export interface PostingPlan {
  readonly entries: LedgerEntry[];
  /** One per billed line paid: the service lines of a line the payer unbundled, combined. */
  readonly matches: BilledLineMatch[];
  readonly denials: Denial[];
  readonly unmatchedLines: RemitLine[];
  /** Claim-level CAS (2100) that no line carries: shown to the poster, not guessed onto a line. */
  readonly claimAdjustments: readonly RemitAdjustment[];
  /**
   * Lines whose charge − adjustments ≠ paid (an unbundled line's together, against the charge
   * billed), or paid over their charge: posted nowhere.
   */
  readonly unbalancedLines: RemitLine[];
}

/**
 * CARC 23, "the impact of prior payer(s) adjudication including payments and/or adjustments": a
 * later payer's 835 reports what the earlier payers already settled, which the ledger holds from
 * their own 835s; this payer owes only what was moved to it, so it is not written off again.
 */
export const PRIOR_PAYER_IMPACT = '23';

/**
 * Turns one 835 claim payment into ledger entries for the lines it pays: the payment, CO/PI/OA
 * write-offs (except {@link PRIOR_PAYER_IMPACT}), and PR (deductible, coinsurance, copay) moved
 * to the next responsible party. A line the payer unbundled posts once, its service lines summed.
 * A line paid nothing with no patient responsibility is a denial: nothing is written off, the
 * balance stays with the payer and the line goes to the denial worklist with its CARC/RARC.
 * `newId` names each entry; posting is deterministic for the same inputs, so a re-import can be
 * recognised. `byHand` pins service lines (by index) to the billed lines a biller chose for them
 * (see {@link matchLines}); their entries are named by the service line (`hand2-pay`), apart from
 * the others' (`1-pay`), so that posting one by hand later never takes an id posted before.
 */
export function planPosting(
  remit: RemitClaim,
  claim: BilledClaim,
  postedOn: IsoDate,
  newId: (suffix: string) => string,
  byHand: ReadonlyMap<number, string> = new Map(),
): PostingPlan {
  const { matched, unmatched } = matchLines(remit.lines, claim.lines, byHand);
  const entries: LedgerEntry[] = [];
  const denials: Denial[] = [];
  const unbalancedLines: RemitLine[] = [];
  const payments = paymentsByBilledLine(matched);
  payments.forEach(({ match: { remit: line, billed, by }, unbundled, first }, index) => {
    const writeOffs = writeOffsOf(line.adjustments);
    if (!balances(line, billed, unbundled) || writeOffs === undefined) {
      unbalancedLines.push(line);
      return;
    }
    const base = { lineId: billed.id, postedOn };
    const tag = by === 'by-hand' ? `hand${remit.lines.indexOf(first) + 1}` : `${index + 1}`;
    const id = (what: string) => newId(`${tag}-${what}`);
    if (line.paid > 0)
      entries.push({
        ...base,
        id: id('pay'),
        kind: 'payment',
        amount: line.paid,
        party: claim.billedParty,
      });
    // Billed at $0.00 (a state-supplied vaccine) and paid nothing: nothing was owed, nothing denied.
    if (line.charge === 0 && line.paid === 0) return;
    const patientShare = line.adjustments.filter((a) => a.group === 'PR');
    if (line.paid === 0 && patientShare.length === 0) {
      denials.push({
        lineId: billed.id,
        adjustments: line.adjustments,
        remarks: [...line.remarks, ...remit.remarks],
      });
      return;
    }
    line.adjustments.forEach((adjustment, n) => {
      if (adjustment.group === 'PR') {
        if (adjustment.amount > 0)
          entries.push({
            ...base,
            id: id(`pr${n}`),
            kind: 'transfer',
            amount: adjustment.amount,
            from: claim.billedParty,
            to: claim.nextParty,
          });
        return;
      }
      const amount = writeOffs.get(n);
      if (amount !== undefined)
        entries.push({
          ...base,
          id: id(`adj${n}`),
          kind: 'adjustment',
          amount,
          party: claim.billedParty,
          group: adjustment.group,
          reason: adjustment.reason,
        });
    });
  });
  return {
    entries,
    matches: payments.map((p) => p.match),
    denials,
    unmatchedLines: unmatched,
    claimAdjustments: remit.adjustments,
    unbalancedLines,
  };
}

/** Why a service line cannot be posted to the billed line a biller chose for it. */
export type ByHandRefusal =
  /** The 835's own matching (or an earlier biller) already posts it, to `billedId`. */
  | { readonly kind: 'matched'; readonly billedId: string; readonly byHand: boolean }
  /** Another service line of the claim payment (its place, from 1) pays that billed line. */
  | { readonly kind: 'taken'; readonly servicePosition: number }
  | { readonly kind: 'not-a-line' }
  /** Charge − adjustments ≠ paid, or paid over the charge: no posting of it would be right. */
  | { readonly kind: 'unbalanced' };

/**
 * Whether the service line at `index` of a claim payment may be posted to billed line
 * `billedId`, the lines in `byHand` already pinned: only a line the 835 left unmatched, to a
 * billed line no other service line of it pays, when the line balances. `undefined`: it may.
 */
export function byHandRefusal(
  remit: RemitClaim,
  lines: readonly BilledLine[],
  byHand: ReadonlyMap<number, string>,
  index: number,
  billedId: string,
): ByHandRefusal | undefined {
  const line = remit.lines[index];
  const billed = lines.find((b) => b.id === billedId);
  if (!line || !billed) return { kind: 'not-a-line' };
  const { matched } = matchLines(remit.lines, lines, byHand);
  const own = matched.find((m) => m.remit === line);
  if (own) return { kind: 'matched', billedId: own.billed.id, byHand: own.by === 'by-hand' };
  const other = matched.find((m) => m.billed.id === billedId);
  if (other) return { kind: 'taken', servicePosition: remit.lines.indexOf(other.remit) + 1 };
  return balances(line, billed, false) && writeOffsOf(line.adjustments) !== undefined
    ? undefined
    : { kind: 'unbalanced' };
}

interface LinePayment {
  readonly match: BilledLineMatch;
  /** Paid as several service lines, combined in `match.remit`. */
  readonly unbundled: boolean;
  /** The first (or only) service line paying it, as the 835 lists it. */
  readonly first: RemitLine;
}

/**
 * The matches, one per billed line, with what the payer paid each as: the service lines a payer
 * unbundled one billed line into (TR3 1.10.2.6) become one remit line with their charges,
 * payments and adjustments together.
 */
function paymentsByBilledLine(matched: readonly LineMatch[]): LinePayment[] {
  const byLine = new Map<string, LineMatch[]>();
  for (const match of matched) {
    const group = byLine.get(match.billed.id);
    if (group) group.push(match);
    else byLine.set(match.billed.id, [match]);
  }
  return [...byLine.values()].flatMap(([first, ...rest]): LinePayment[] => {
    if (!first) return [];
    const lines = [first, ...rest].map((m) => m.remit);
    const paidAs = paidAsOf(first.billed, lines);
    if (rest.length === 0)
      return [{ match: { ...first, paidAs }, unbundled: false, first: first.remit }];
    const units = lines.map((l) => l.units);
    const remit: RemitLine = {
      ...first.remit,
      charge: sumCents(lines.map((l) => l.charge)),
      paid: sumCents(lines.map((l) => l.paid)),
      ...(units.every((u) => u !== undefined)
        ? { units: units.reduce((sum, u) => sum + u, 0) }
        : {}),
      adjustments: lines.flatMap((l) => l.adjustments),
      remarks: [...new Set(lines.flatMap((l) => l.remarks))],
    };
    return [{ match: { ...first, remit, paidAs }, unbundled: true, first: first.remit }];
  });
}

/**
 * What the payer paid a billed line as: every service line's SVC01 when it unbundled the line
 * into several, else the one's when it differs from the procedure billed (modifiers in any order).
 */
function paidAsOf(billed: BilledLine, lines: readonly RemitLine[]): PaidAsProcedure[] {
  const [only, ...more] = lines;
  const asBilled =
    only !== undefined &&
    more.length === 0 &&
    only.procedureCode === billed.procedureCode &&
    only.modifiers.length === billed.modifiers.length &&
    only.modifiers.every((m) => billed.modifiers.includes(m));
  return asBilled
    ? []
    : lines.map(({ procedureCode, modifiers, paid }) => ({ procedureCode, modifiers, paid }));
}

/**
 * Charge − adjustments = paid on the line. The service lines of an unbundled line must also
 * add up to the charge billed: the first carries it, the others report 0 (TR3 1.10.2.6).
 */
function balances(line: RemitLine, billed: BilledLine, unbundled: boolean): boolean {
  if (unbundled && line.charge !== billed.charge) return false;
  return subtractCents(line.charge, sumCents(line.adjustments.map((a) => a.amount))) === line.paid;
}

/**
 * The write-offs of a line by the position of their adjustment: its CO/PI/OA/CR amounts (but
 * {@link PRIOR_PAYER_IMPACT}), less any negative ones taken in order from the first. A payer
 * reports a negative OA-94 ("processed in excess of charges") on a line it bundled others into
 * or on one of the service lines it unbundled a line into (TR3 1.10.2.6); only the net is written
 * off. None when the negative ones exceed the rest: the payer paid more than the charge, which is
 * for a person to settle.
 */
function writeOffsOf(adjustments: readonly RemitAdjustment[]): Map<number, Cents> | undefined {
  const offs = adjustments.flatMap((a, n) =>
    a.group === 'PR' || a.reason === PRIOR_PAYER_IMPACT ? [] : [{ n, amount: a.amount }],
  );
  let excess = negateCents(sumCents(offs.flatMap((o) => (o.amount < 0 ? [o.amount] : []))));
  const writeOffs = new Map<number, Cents>();
  for (const { n, amount } of offs) {
    if (amount <= 0) continue;
    const offset = amount < excess ? amount : excess;
    excess = subtractCents(excess, offset);
    if (amount > offset) writeOffs.set(n, subtractCents(amount, offset));
  }
  return excess > 0 ? undefined : writeOffs;
}
