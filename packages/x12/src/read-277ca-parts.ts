import type { AckTotals, DateRange, StatusInformation } from './claim-ack.ts';
import type { Procedure } from './remittance.ts';
import { statusCategoryCodes, type StatusCode } from './claim-status-codes.ts';
import type { ElementReader } from './element-reader.ts';
import { issueAt, type IssueSink, type SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import { readProcedure } from './read-835-parts.ts';
import { readDateRange } from './read-837p-parts.ts';
import type { Party } from './remittance.ts';
import type { Segment } from './segment.ts';

/** STC03 action codes of 005010X214: WQ accepted, U rejected. */
const actionCodes = ['U', 'WQ'] as const;

/** Reads a C043 health care claim status composite (STC01, STC10, STC11). */
function readStatusCode(
  seg: Segment,
  n: number,
  r: ElementReader,
  sink: IssueSink,
): StatusCode | undefined {
  const raw = seg.elements[n - 1] ?? '';
  if (raw === '') {
    if (n === 1) r.text(seg, 1, true);
    return undefined;
  }
  const [category = '', code = '', entity = ''] = raw.split(seg.delimiters.component);
  if (category === '') r.missingComponent(seg, n, 1);
  if (code === '') r.missingComponent(seg, n, 2);
  if (category === '' || code === '') return undefined;
  if (!(category in statusCategoryCodes)) {
    sink(
      issueAt(
        seg,
        'unknown-status-category',
        `STC${String(n).padStart(2, '0')}-1 "${category}" is not a claim status category code medbill knows`,
        {
          element: n,
          component: 1,
          ...(r.loop === '' ? {} : { loop: r.loop }),
          severity: 'warning',
        },
      ),
    );
  }
  return { category, code, ...(entity === '' ? {} : { entity }) };
}

/**
 * Reads STC (005010X214): STC01 status (required), STC02 effective date, STC03 action code,
 * STC04 charge amount, STC10/STC11 further statuses, STC12 free-form message.
 */
export function readStc(seg: Segment, r: ElementReader, sink: IssueSink): StatusInformation {
  const statuses = [1, 10, 11].flatMap((n) => readStatusCode(seg, n, r, sink) ?? []);
  const date = r.date(seg, 2);
  const action = r.code(seg, 3, actionCodes) ?? r.text(seg, 3);
  const amount = r.cents(seg, 4);
  const message = r.text(seg, 12);
  return {
    statuses,
    ...(date === undefined ? {} : { date }),
    ...(action === '' ? {} : { action }),
    ...(amount === undefined ? {} : { amount }),
    ...(message === '' ? {} : { message }),
    at: { id: seg.id, index: seg.index, txIndex: seg.txIndex, offset: seg.offset },
  };
}

/** An NM1 party: NM103 name (with NM104 first name for a person), NM108/NM109 identifier. */
export function readParty(seg: Segment): Party {
  const [, type = '', last = '', first = ''] = seg.elements;
  const qualifier = seg.elements[7] ?? '';
  const id = seg.elements[8] ?? '';
  return {
    name: type === '1' && first !== '' ? `${last}, ${first}` : last,
    ...(qualifier === '' ? {} : { idQualifier: qualifier }),
    ...(id === '' ? {} : { id }),
  };
}

/** Accepted / rejected totals at the receiver (QTY*90/AA, AMT*YU/YY) and provider (QTY*QA/QC). */
export interface TotalsDraft {
  accepted?: AckTotals;
  rejected?: AckTotals;
}

const acceptedQuantities = ['90', 'QA'];
const rejectedQuantities = ['AA', 'QC'];

export function readTotals(seg: Segment, r: ElementReader, into: TotalsDraft): void {
  const qualifier = seg.elements[0] ?? '';
  if (seg.id === 'QTY') {
    const count = r.decimal(seg, 2);
    if (count === undefined) return;
    if (acceptedQuantities.includes(qualifier)) into.accepted = { ...into.accepted, count };
    else if (rejectedQuantities.includes(qualifier)) into.rejected = { ...into.rejected, count };
  } else {
    const amount = r.cents(seg, 2, true);
    if (amount === undefined) return;
    if (qualifier === 'YU') into.accepted = { ...into.accepted, amount };
    else if (qualifier === 'YY') into.rejected = { ...into.rejected, amount };
  }
}

/** DTP as a range (D8 gives a one-day range), `undefined` when empty or invalid (reported). */
export function readServiceDate(seg: Segment, r: ElementReader): DateRange | undefined {
  const { from, to } = readDateRange(seg, r);
  return from === undefined ? undefined : { from, to: to ?? from };
}

/** A 277 or 277CA service line as read from its SVC, before its STC, REF and DTP. */
export interface ServiceLineDraft<S> {
  procedure: Procedure;
  charge: Cents;
  statuses: S[];
  at: SegmentLocation;
  paid?: Cents;
  revenueCode?: string;
  units?: number;
  lineControlNumber?: string;
  serviceDate?: DateRange;
}

/**
 * SVC of a 277CA (005010X214) or 277 (005010X212) line: SVC01 procedure (SVC01-2 required),
 * SVC02 charge (required), SVC03 paid (`withPaid`: the 277 reports payment, the 277CA does
 * not), SVC04 revenue code, SVC07 units.
 */
export function readSvc<S>(seg: Segment, r: ElementReader, withPaid: boolean): ServiceLineDraft<S> {
  const procedure = readProcedure(seg, 1) ?? { qualifier: '', code: '', modifiers: [] };
  if (procedure.code === '') r.missingComponent(seg, 1, 2);
  const line: ServiceLineDraft<S> = {
    procedure,
    charge: r.cents(seg, 2, true) ?? (0 as Cents),
    statuses: [],
    at: { id: seg.id, index: seg.index, txIndex: seg.txIndex, offset: seg.offset },
  };
  const paid = withPaid ? r.cents(seg, 3) : undefined;
  const revenueCode = r.text(seg, 4);
  const units = r.decimal(seg, 7);
  if (paid !== undefined) line.paid = paid;
  if (revenueCode !== '') line.revenueCode = revenueCode;
  if (units !== undefined) line.units = units;
  return line;
}

/**
 * The level an STC reports on, by its loop: a service line (2220D/E), a claim (2200D/E), the
 * billing provider (2200C) or the information receiver (2200B), in the 277CA and the 277.
 */
export function statusLevel(loop: string): 'line' | 'claim' | 'provider' | 'receiver' {
  if (loop.startsWith('2220')) return 'line';
  if (loop === '2200D' || loop === '2200E') return 'claim';
  return loop === '2200C' ? 'provider' : 'receiver';
}
