import type { LineAdjudication, OtherPayer } from './claim-837p.ts';
import type { ElementReader } from './element-reader.ts';
import { locate } from './guided-set-reader.ts';
import { formatCents, type Cents } from './money.ts';
import type { IsoDate } from './x12-date.ts';
import { readCas } from './read-835-parts.ts';
import { readSbr, readSvd } from './read-837p-parts.ts';
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
 * subscriber, SBR03 group number, SBR04 group name, SBR09 claim filing indicator), CAS adds its claim
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
    const groupName = r.text(seg, 4);
    const other: OtherPayerDraft = {
      ...readSbr(seg, r),
      ...(groupName === '' ? {} : { groupName }),
      adjustments: [],
      at: locate(seg),
    };
    claim.otherPayers.push(other);
    return other;
  }
  if (open === undefined) return undefined;
  if (seg.id === 'CAS') open.adjustments.push(...readCas(seg, r));
  else if (seg.id === 'AMT' && element(seg, 1) === 'D')
    open.paid = r.cents(seg, 2, true) ?? (0 as Cents);
  else if (seg.id === 'AMT' && element(seg, 1) === 'EAF')
    open.remainingPatientLiability = readLiability(seg, r);
  return open;
}

/** AMT02 of an AMT*EAF: what the patient still owes, which cannot be negative. */
function readLiability(seg: Segment, r: ElementReader): Cents {
  const cents = r.cents(seg, 2, true) ?? (0 as Cents);
  if (cents < 0)
    r.report(
      seg,
      'negative-patient-liability',
      `AMT*EAF remaining patient liability ${formatCents(cents)} is negative`,
      2,
    );
  return cents;
}

/** A service line being read, to which loop 2430 adds the other payers' adjudications. */
export interface AdjudicatedLineDraft {
  adjudications: Draft<LineAdjudication>[];
}

/**
 * Loop 2430 of an 837P, 837I or 837D claim reader: SVD opens another payer's adjudication of
 * the line being read (SVD01 payer, SVD02 paid, SVD03 procedure, SVD05 units, and on the 837I
 * SVD04 revenue code); CAS adds its adjustments, AMT*EAF the remaining patient liability,
 * DTP*573 (read by the claim reader, which also dates 2330B with it) the adjudication date.
 */
export class LineAdjudicationReader {
  readonly #r: ElementReader;
  readonly #revenueCode: boolean;
  #open: Draft<LineAdjudication> | undefined;

  constructor(r: ElementReader, options: { readonly revenueCode?: boolean } = {}) {
    this.#r = r;
    this.#revenueCode = options.revenueCode ?? false;
  }

  /** SVD: opens an adjudication on `line`; nothing without a line. */
  open(seg: Segment, line: AdjudicatedLineDraft | undefined): void {
    if (line === undefined) return;
    const adjudication = readSvd(seg, this.#r) as Draft<LineAdjudication>;
    if (this.#revenueCode) {
      const revenueCode = element(seg, 4);
      if (revenueCode !== '') adjudication.revenueCode = revenueCode;
    }
    adjudication.at = locate(seg);
    line.adjudications.push(adjudication);
    this.#open = adjudication;
  }

  /** CAS or AMT of loop 2430: adds to the open adjudication; elsewhere nothing. */
  add(seg: Segment, loop: string): void {
    const open = this.#open;
    if (loop !== '2430' || open === undefined) return;
    if (seg.id === 'CAS') open.adjustments = [...open.adjustments, ...readCas(seg, this.#r)];
    else if (seg.id === 'AMT' && element(seg, 1) === 'EAF')
      open.remainingPatientLiability = readLiability(seg, this.#r);
  }

  /** The date of a DTP*573 read in loop 2430 dates the open adjudication. */
  dated(on: IsoDate, loop: string): void {
    if (loop === '2430' && this.#open !== undefined) this.#open.date = on;
  }

  /** No adjudication is open (a new line or claim begins). */
  close(): void {
    this.#open = undefined;
  }
}
