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
  /** How the match was made, strongest first; shown to the poster. */
  readonly by: 'control-number' | 'code-modifiers-date' | 'code-dropped-modifiers' | 'code-charge';
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((m) => b.includes(m));
const subset = (a: readonly string[], b: readonly string[]) => a.every((m) => b.includes(m));
const sameDate = (remit: RemitLine, billed: BilledLine) =>
  remit.serviceDate === undefined || remit.serviceDate === billed.serviceDate;

/**
 * Pairs each 835 service line (2110 SVC) with the line it pays, never guessing: by the line
 * control number echoed in REF*6R; else by code and modifiers in any order and date; else by
 * code with modifiers the payer dropped; else by code and charge. A remit line that fits none,
 * or fits only a line already taken, is left unmatched for a person to settle.
 */
export function matchLines(
  remitLines: readonly RemitLine[],
  billedLines: readonly BilledLine[],
): { matched: LineMatch[]; unmatched: RemitLine[] } {
  const taken = new Set<string>();
  const matched: LineMatch[] = [];
  const unmatched: RemitLine[] = [];
  const strategies: [LineMatch['by'], (r: RemitLine, b: BilledLine) => boolean][] = [
    [
      'control-number',
      (r, b) => r.lineControlNumber !== undefined && r.lineControlNumber === b.controlNumber,
    ],
    [
      'code-modifiers-date',
      (r, b) =>
        r.procedureCode === b.procedureCode && sameSet(r.modifiers, b.modifiers) && sameDate(r, b),
    ],
    [
      'code-dropped-modifiers',
      (r, b) =>
        r.procedureCode === b.procedureCode && subset(r.modifiers, b.modifiers) && sameDate(r, b),
    ],
    ['code-charge', (r, b) => r.procedureCode === b.procedureCode && r.charge === b.charge],
  ];
  for (const remit of remitLines) {
    let found: LineMatch | undefined;
    for (const [by, fits] of strategies) {
      const candidates = billedLines.filter((b) => !taken.has(b.id) && fits(remit, b));
      // Two equally good candidates with different charges are a guess: prefer the same charge.
      const billed =
        candidates.find((b) => b.charge === remit.charge) ??
        (candidates.length === 1 ? candidates[0] : undefined);
      if (billed) {
        found = { remit, billed, by };
        break;
      }
    }
    if (found) {
      taken.add(found.billed.id);
      matched.push(found);
    } else {
      unmatched.push(remit);
    }
  }
  return { matched, unmatched };
}
