import type { IsoDate } from '../dates/index.ts';
import type { Cents } from '../money/index.ts';
import type { RemitLine } from './remittance.ts';

/** A line as billed, with the control number sent in 2400 REF*6R. */
export interface BilledLine {
  readonly id: string;
  readonly controlNumber: string;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly charge: Cents;
  readonly serviceDate: IsoDate;
}

export interface LineMatch {
  readonly remit: RemitLine;
  readonly billed: BilledLine;
  /**
   * How the match was made, strongest first; shown to the poster. `unbundled`: one more service
   * line naming in SVC06 a billed line that an earlier one already matched. `by-hand`: a biller
   * said which billed line a service line the 835 left unmatched pays.
   */
  readonly by:
    | 'by-hand'
    | 'control-number'
    | 'code-modifiers-date'
    | 'code-dropped-modifiers'
    | 'code-charge'
    | 'unbundled';
}

type Fits = (remit: RemitLine, billed: BilledLine) => boolean;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((m) => b.includes(m));
const subset = (a: readonly string[], b: readonly string[]) => a.every((m) => b.includes(m));
const sameDate = (remit: RemitLine, billed: BilledLine) =>
  remit.serviceDate === undefined || remit.serviceDate === billed.serviceDate;
/** The procedure the remit line says was billed: SVC06 when the payer changed it, else SVC01. */
const asBilled = (remit: RemitLine) => remit.submitted ?? remit;

const byControlNumber: Fits = (r, b) =>
  r.lineControlNumber !== undefined && r.lineControlNumber === b.controlNumber;
const byCodeDroppedModifiers: Fits = (r, b) =>
  asBilled(r).procedureCode === b.procedureCode &&
  subset(asBilled(r).modifiers, b.modifiers) &&
  sameDate(r, b);
const byCode: [LineMatch['by'], Fits][] = [
  [
    'code-modifiers-date',
    (r, b) =>
      asBilled(r).procedureCode === b.procedureCode &&
      sameSet(asBilled(r).modifiers, b.modifiers) &&
      sameDate(r, b),
  ],
  ['code-dropped-modifiers', byCodeDroppedModifiers],
  ['code-charge', (r, b) => asBilled(r).procedureCode === b.procedureCode && r.charge === b.charge],
];

/** Two equally good candidates with different charges are a guess: prefer the same charge. */
const pick = (remit: RemitLine, candidates: readonly BilledLine[]) =>
  candidates.find((b) => b.charge === remit.charge) ??
  (candidates.length === 1 ? candidates[0] : undefined);

/**
 * Pairs each 835 service line (2110 SVC) with the line it pays, never guessing: by the line
 * control number echoed in REF*6R; else by the code as billed (SVC06 when the payer re-coded,
 * bundled or unbundled it, else SVC01) and modifiers in any order and date; else by that code
 * with modifiers the payer dropped; else by that code and charge. A line the payer unbundled
 * comes back as several service lines (TR3 1.10.2.6): each one echoing its REF*6R, or naming in
 * SVC06 a billed line that an earlier one matched, is paired with that line too, for posting to
 * check that together they balance its charge. A remit line that fits none, or fits only a line
 * already taken, is left unmatched for a person to settle.
 *
 * `byHand` pairs service lines (by their index) with the billed line (by id) a biller chose for
 * them. A pinned pair takes nothing from the others: every other line matches exactly as it did
 * without it, so what was posted before stays what the plan says.
 */
export function matchLines(
  remitLines: readonly RemitLine[],
  billedLines: readonly BilledLine[],
  byHand: ReadonlyMap<number, string> = new Map(),
): { matched: LineMatch[]; unmatched: RemitLine[] } {
  const taken = new Set<string>();
  const matched: LineMatch[] = [];
  const unmatched: RemitLine[] = [];
  const matchOne = (remit: RemitLine): LineMatch | undefined => {
    const controlled = pick(
      remit,
      billedLines.filter((b) => byControlNumber(remit, b)),
    );
    if (controlled) return { remit, billed: controlled, by: 'control-number' };
    for (const [by, fits] of byCode) {
      const billed = pick(
        remit,
        billedLines.filter((b) => !taken.has(b.id) && fits(remit, b)),
      );
      if (billed) return { remit, billed, by };
    }
    if (remit.submitted === undefined) return undefined;
    const earlier = billedLines.filter((b) => taken.has(b.id) && byCodeDroppedModifiers(remit, b));
    return earlier.length === 1 && earlier[0]
      ? { remit, billed: earlier[0], by: 'unbundled' }
      : undefined;
  };
  for (const [index, remit] of remitLines.entries()) {
    const pinned = byHand.get(index);
    const chosen = pinned === undefined ? undefined : billedLines.find((b) => b.id === pinned);
    if (chosen) {
      matched.push({ remit, billed: chosen, by: 'by-hand' });
      continue;
    }
    const found = matchOne(remit);
    if (found) {
      taken.add(found.billed.id);
      matched.push(found);
    } else {
      unmatched.push(remit);
    }
  }
  return { matched, unmatched };
}
