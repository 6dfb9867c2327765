import type { LineAdjudication, OtherPayer } from './claim-837p.ts';
import type { ElementReader } from './element-reader.ts';
import { locate } from './guided-set-reader.ts';
import type { Cents } from './money.ts';
import { readCas } from './read-835-parts.ts';
import { readSbr } from './read-837p-parts.ts';
import { element, type Segment } from './segment.ts';

type Draft<T> = { -readonly [K in keyof T]: T[K] };
/** Another payer of an 837P, 837I or 837D claim while its 2320 loop is read. */
export type OtherPayerDraft = Draft<OtherPayer> & {
  adjustments: OtherPayer['adjustments'][number][];
};

/** The 2320 segments {@link readOtherPayer} reads. */
export const otherPayerSegments: ReadonlySet<string> = new Set(['SBR', 'CAS', 'AMT']);

/**
 * Reads an SBR, CAS or AMT of loop 2320 (005010X222A1, X223A2, X224A2): SBR opens another
 * payer on the claim (SBR01 its responsibility, SBR02 the patient's relationship to its
 * subscriber, SBR03 group number, SBR09 claim filing indicator), CAS adds its claim
 * adjustments, AMT*D its paid amount and AMT*EAF the remaining patient liability. Returns the
 * other payer now open.
 */
export function readOtherPayer(
  seg: Segment,
  r: ElementReader,
  open: OtherPayerDraft | undefined,
  claim: { otherPayers: OtherPayerDraft[] },
): OtherPayerDraft | undefined {
  if (seg.id === 'SBR') {
    const other: OtherPayerDraft = { ...readSbr(seg, r), adjustments: [], at: locate(seg) };
    claim.otherPayers.push(other);
    return other;
  }
  if (open === undefined) return undefined;
  if (seg.id === 'CAS') open.adjustments.push(...readCas(seg, r));
  else if (seg.id === 'AMT' && element(seg, 1) === 'D')
    open.paid = r.cents(seg, 2, true) ?? (0 as Cents);
  else if (seg.id === 'AMT' && element(seg, 1) === 'EAF')
    open.remainingPatientLiability = r.cents(seg, 2, true) ?? (0 as Cents);
  return open;
}

/** Reads a 2430 AMT into the line adjudication it follows: AMT*EAF the remaining patient liability. */
export function readLineAdjudicationAmount(
  seg: Segment,
  r: ElementReader,
  adjudication: Draft<LineAdjudication>,
): void {
  if (element(seg, 1) === 'EAF')
    adjudication.remainingPatientLiability = r.cents(seg, 2, true) ?? (0 as Cents);
}
