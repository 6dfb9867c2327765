import { EnvelopeChecker } from './envelope.ts';
import { issueAt, type IssueSink, type SegmentLocation, type X12Issue } from './issue.ts';
import { locate } from './guided-set-reader.ts';
import { parseSegments } from './read-segments.ts';
import { element, type Segment } from './segment.ts';
import { ta1AckCodes, ta1NoteCodes, type Ta1AckCode } from './ta1-codes.ts';
import { parseX12Date, type IsoDate } from './x12-date.ts';

/** One TA1: how the receiver answered the envelope of one interchange we sent. */
export interface InterchangeAck {
  /** TA101: ISA13 of the interchange acknowledged. */
  readonly controlNumber: string;
  /** TA102/TA103: ISA09 (as `YYYY-MM-DD`, century 20) and ISA10 of that interchange. */
  readonly date?: IsoDate;
  readonly time: string;
  /** TA104 A accepted, E accepted with errors noted, R rejected. */
  readonly status: Ta1AckCode;
  /** TA105 note code and what it means. */
  readonly note: string;
  readonly noteText: string;
  /** The ISA13 of the interchange that carried this TA1. */
  readonly replyControlNumber: string;
  readonly at: SegmentLocation;
}

const bad = (seg: Segment, n: number, code: string, message: string, ik4: string): X12Issue =>
  issueAt(seg, code, `TA1${String(n).padStart(2, '0')} ${message}`, {
    element: n,
    ack: { ik3: '8', ik4 },
  });

/** Reads one TA1 segment, reporting each element that breaks X12 TA1 (types, lengths, codes). */
export function readTa1Segment(
  seg: Segment,
  replyControlNumber: string,
  sink: IssueSink,
): InterchangeAck | undefined {
  const [controlNumber, yymmdd, time, status, note] = [1, 2, 3, 4, 5].map((n) => element(seg, n));
  if (!/^\d{9}$/.test(controlNumber ?? ''))
    sink(
      bad(
        seg,
        1,
        'invalid-control-number',
        `"${controlNumber}" is not a 9-digit interchange control number`,
        '6',
      ),
    );
  const date = /^\d{6}$/.test(yymmdd ?? '') ? parseX12Date(`20${yymmdd}`) : undefined;
  if (date === undefined)
    sink(bad(seg, 2, 'invalid-date', `"${yymmdd}" is not a YYMMDD date`, '8'));
  if (!/^([01]\d|2[0-3])[0-5]\d$/.test(time ?? ''))
    sink(bad(seg, 3, 'invalid-time', `"${time}" is not an HHMM time`, '9'));
  const known = (status ?? '') in ta1AckCodes;
  if (!known) sink(bad(seg, 4, 'invalid-code', `"${status}" is not A, E or R`, '7'));
  const noteText = ta1NoteCodes[note ?? ''];
  if (noteText === undefined)
    sink(bad(seg, 5, 'invalid-code', `"${note}" is not an interchange note code (X12 I18)`, '7'));
  if (!known || noteText === undefined) return undefined;
  if ((status === 'A') !== (note === '000'))
    sink(
      issueAt(
        seg,
        'ta1-status-note-conflict',
        `TA104 ${status} does not agree with TA105 ${note}`,
        {
          element: 5,
        },
      ),
    );
  return {
    controlNumber: controlNumber ?? '',
    ...(date === undefined ? {} : { date }),
    time: time ?? '',
    status: status as Ta1AckCode,
    note: note ?? '',
    noteText,
    replyControlNumber,
    at: locate(seg),
  };
}

/**
 * Reads every TA1 interchange acknowledgment in a text (X12 TA1: alone in an ISA/IEA with
 * IEA01 `0`, or before the groups of an interchange), with the envelope checked; returns the
 * acknowledgments and all issues.
 *
 * @example
 * ```ts
 * const { acks } = readTa1(text);
 * for (const ack of acks) if (ack.status === 'R') reject(ack.controlNumber, ack.noteText);
 * ```
 */
export function readTa1(text: string): { acks: InterchangeAck[]; issues: X12Issue[] } {
  const issues: X12Issue[] = [];
  const sink: IssueSink = (i) => issues.push(i);
  const envelope = new EnvelopeChecker(sink);
  const acks: InterchangeAck[] = [];
  let isa13 = '';
  for (const seg of parseSegments(text, { onIssue: sink })) {
    envelope.push(seg);
    if (seg.id === 'ISA') isa13 = element(seg, 13).trim();
    if (seg.id !== 'TA1') continue;
    const ack = readTa1Segment(seg, isa13, sink);
    if (ack !== undefined) acks.push(ack);
  }
  envelope.end();
  return { acks, issues };
}
