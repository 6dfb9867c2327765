import type { ElementReader } from './element-reader.ts';
import { readDateRange } from './read-837p-parts.ts';
import type { Segment } from './segment.ts';

/** What one element of a segment must hold, per its TR3 (usage, code list, data type). */
export interface ElementRule {
  readonly required?: boolean;
  /** The codes the guide allows (IK4 7 otherwise). */
  readonly codes?: readonly string[];
  /** `date` CCYYMMDD (DT), `amount` decimal (R), `period` DTP03 read with DTP02 D8/RD8. */
  readonly type?: 'date' | 'amount' | 'period';
}

/** Element rules keyed by `loop/segment` (e.g. `2100C/NM1`; `/BHT` outside loops), then position. */
export type SegmentRules = Readonly<Record<string, Readonly<Record<number, ElementRule>>>>;

/** Checks one placed segment against its rules, reporting each bad element through `r`. */
export function checkSegment(
  rules: SegmentRules,
  seg: Segment,
  loop: string,
  r: ElementReader,
): void {
  const forSegment = rules[`${loop}/${seg.id}`];
  if (forSegment === undefined) return;
  for (const [position, rule] of Object.entries(forSegment)) {
    const n = Number(position);
    const required = rule.required ?? false;
    if (rule.type === 'period') readDateRange(seg, r);
    else if (rule.type === 'date') r.date(seg, n, required);
    else if (rule.type === 'amount') r.cents(seg, n, required);
    else if (rule.codes !== undefined) r.code(seg, n, rule.codes, required);
    else r.text(seg, n, required);
  }
}
