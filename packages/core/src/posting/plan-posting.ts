import type { IsoDate } from '../dates/index.ts';
import type { LedgerEntry, Party } from '../ledger/index.ts';
import { subtractCents, sumCents } from '../money/index.ts';
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

export interface PostingPlan {
  readonly entries: LedgerEntry[];
  readonly matches: LineMatch[];
  readonly denials: Denial[];
  readonly unmatchedLines: RemitLine[];
  /** Claim-level CAS (2100) that no line carries: shown to the poster, not guessed onto a line. */
  readonly claimAdjustments: readonly RemitAdjustment[];
  /** Lines whose charge − adjustments ≠ paid: posted nowhere. */
  readonly unbalancedLines: RemitLine[];
}

/**
 * Turns one 835 claim payment into ledger entries for the lines it pays: the payment, CO/PI/OA
 * write-offs, and PR (deductible, coinsurance, copay) moved to the next responsible party.
 * A line paid nothing with no patient responsibility is a denial: nothing is written off, the
 * balance stays with the payer and the line goes to the denial worklist with its CARC/RARC.
 * `newId` names each entry; posting is deterministic for the same inputs, so a re-import can be
 * recognised.
 */
export function planPosting(
  remit: RemitClaim,
  claim: BilledClaim,
  postedOn: IsoDate,
  newId: (suffix: string) => string,
): PostingPlan {
  const { matched, unmatched } = matchLines(remit.lines, claim.lines);
  const entries: LedgerEntry[] = [];
  const denials: Denial[] = [];
  const unbalancedLines: RemitLine[] = [];
  matched.forEach(({ remit: line, billed }, index) => {
    const adjusted = sumCents(line.adjustments.map((a) => a.amount));
    if (subtractCents(line.charge, adjusted) !== line.paid) {
      unbalancedLines.push(line);
      return;
    }
    const base = { lineId: billed.id, postedOn };
    const id = (what: string) => newId(`${index + 1}-${what}`);
    if (line.paid > 0)
      entries.push({
        ...base,
        id: id('pay'),
        kind: 'payment',
        amount: line.paid,
        party: claim.billedParty,
      });
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
      if (adjustment.amount <= 0) return;
      entries.push(
        adjustment.group === 'PR'
          ? {
              ...base,
              id: id(`pr${n}`),
              kind: 'transfer',
              amount: adjustment.amount,
              from: claim.billedParty,
              to: claim.nextParty,
            }
          : {
              ...base,
              id: id(`adj${n}`),
              kind: 'adjustment',
              amount: adjustment.amount,
              party: claim.billedParty,
              group: adjustment.group,
              reason: adjustment.reason,
            },
      );
    });
  });
  return {
    entries,
    matches: matched,
    denials,
    unmatchedLines: unmatched,
    claimAdjustments: remit.adjustments,
    unbalancedLines,
  };
}
