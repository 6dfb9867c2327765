import type { BuildOptions, BuildResult } from './build-transaction.ts';
import { wrapInterchange, type InterchangeEnvelope } from './interchange-writer.ts';
import { issueAt, type X12Issue } from './issue.ts';
import type { Segment } from './segment.ts';
import type { Ta1AckCode } from './ta1-codes.ts';
import { parseX12Date } from './x12-date.ts';
import { validateX12 } from './validate.ts';
import { writeX12, type SegmentInput } from './writer.ts';

/** The verdict on one received interchange: what its TA1 says. */
export interface InterchangeVerdict {
  /** TA104. */
  readonly status: Ta1AckCode;
  /** TA105: `000`, or the note code of the first problem. */
  readonly note: string;
  /** The problem the note code comes from. */
  readonly cause?: X12Issue;
}

/** Whether an issue is one a TA1 reports: a problem of the ISA/IEA envelope itself. */
const isEnvelopeIssue = (i: X12Issue): boolean => i.ack?.ta1 !== undefined;

/**
 * Whether the interchange envelope itself is broken, so that a TA1 (not a 999) answers it: an
 * error that carries a TA1 note code (ISA fields, IEA count or control number, a missing IEA,
 * a segment outside the GS/ST structure, bad delimiters).
 */
export function envelopeRejected(issues: readonly X12Issue[]): boolean {
  return issues.some((i) => i.severity === 'error' && isEnvelopeIssue(i));
}

/**
 * The TA1 verdict of one interchange from the issues found in it: `R` with the note code of the
 * first error that carries one; `E` (accepted, errors noted) when only warnings carry one;
 * else `A` with note `000` (X12 TA1, 005010X231A1 appendix).
 */
export function interchangeVerdict(issues: readonly X12Issue[]): InterchangeVerdict {
  const ordered = issues.filter(isEnvelopeIssue).sort((a, b) => a.segmentIndex - b.segmentIndex);
  const error = ordered.find((i) => i.severity === 'error');
  const found = error ?? ordered[0];
  if (found === undefined) return { status: 'A', note: '000' };
  return { status: error === undefined ? 'E' : 'R', note: found.ack?.ta1 ?? '000', cause: found };
}

/** Who answers and with which numbers: the TA1's own ISA (ISA13, date, time, usage). */
export interface Ta1Options {
  /** ISA13 of the TA1 interchange: unique per sender, handed in by the caller. */
  readonly controlNumber: number;
  /** `YYYY-MM-DD` and `HHMM` of the TA1 interchange. */
  readonly date: string;
  readonly time: string;
  readonly usage: 'P' | 'T';
  /**
   * ISA05/06 and ISA07/08 of the TA1; by default the received ISA07/08 and ISA05/06 swapped.
   * Give them when the received sender or receiver is itself what is wrong (TA105 005-008).
   */
  readonly from?: { readonly qualifier: string; readonly id: string };
  readonly to?: { readonly qualifier: string; readonly id: string };
}

/** An interchange received: its ISA and the issues found between it and the next ISA. */
interface Received {
  readonly isa: Segment;
  readonly issues: X12Issue[];
}

function interchanges(segments: readonly Segment[], issues: readonly X12Issue[]): Received[] {
  const starts = segments.filter((s) => s.id === 'ISA');
  return starts.map((isa, n) => {
    const end = starts[n + 1]?.offset ?? Number.MAX_SAFE_INTEGER;
    return {
      isa,
      issues: issues.filter(
        (i) => (i.offset ?? isa.offset) >= isa.offset && (i.offset ?? isa.offset) < end,
      ),
    };
  });
}

const field = (isa: Segment, n: number) => (isa.elements[n - 1] ?? '').trim();

/**
 * TA101-03 echo the received ISA13, ISA09 and ISA10. ISA13 is an N0 9/9 number: a shorter
 * all-digit value is the same number, written zero-padded. A value that is no number, date or
 * time cannot be echoed: the problem, located on the received ISA, or `undefined`.
 */
function echoProblem(isa: Segment): X12Issue | undefined {
  const bad = (n: number, code: string, what: string) =>
    issueAt(
      isa,
      code,
      `ISA${String(n).padStart(2, '0')} "${field(isa, n)}" is not ${what} a TA1 can echo`,
      {
        element: n,
      },
    );
  if (!/^\d{1,9}$/.test(field(isa, 13))) return bad(13, 'invalid-control-number', 'a number');
  if (parseX12Date(`20${field(isa, 9)}`) === undefined)
    return bad(9, 'invalid-date', 'a YYMMDD date');
  if (!/^([01]\d|2[0-3])[0-5]\d$/.test(field(isa, 10)))
    return bad(10, 'invalid-time', 'an HHMM time');
  return undefined;
}

/**
 * Builds the TA1 interchange acknowledgment for the interchanges in `segments`: one TA1 per
 * ISA received (TA101 its control number, TA102/TA103 its date and time, TA104 A/E/R, TA105
 * the note code of its first envelope problem, see {@link interchangeVerdict}), alone in an
 * ISA/IEA with no functional group (IEA01 `0`), sent back from the receiver to the sender
 * (ISA05-08 swapped unless `from`/`to` say otherwise). `issues` are those `validateX12` found
 * in the same text. Refuses — issues and no text — when a received ISA13, ISA09 or ISA10 cannot be
 * echoed (no number, date or time) or when `validateX12` (which checks TA1 elements as `readTa1`
 * does) finds an error in the TA1 built.
 *
 * @example
 * ```ts
 * const issues = validateX12(text);
 * if (envelopeRejected(issues)) {
 *   const { text: ta1 } = buildTa1(parseSegments(text), issues, { controlNumber, date, time, usage: 'P' });
 * }
 * ```
 */
export function buildTa1(
  segments: readonly Segment[],
  issues: readonly X12Issue[],
  options: Ta1Options,
  layout: BuildOptions = {},
): BuildResult {
  const received = interchanges(segments, issues);
  const first = received[0];
  if (first === undefined)
    return {
      issues: [
        {
          severity: 'error',
          code: 'required-segment-missing',
          message: 'there is no ISA to acknowledge with a TA1',
          segmentIndex: 1,
          segmentId: 'ISA',
        },
      ],
    };
  const refused: X12Issue[] = [];
  const answers: SegmentInput[] = [];
  for (const r of received) {
    const problem = echoProblem(r.isa);
    if (problem !== undefined) {
      refused.push(problem);
      continue;
    }
    const control = field(r.isa, 13).padStart(9, '0');
    const verdict = interchangeVerdict(r.issues);
    answers.push({
      id: 'TA1',
      elements: [control, field(r.isa, 9), field(r.isa, 10), verdict.status, verdict.note],
    });
  }
  if (refused.length > 0) return { issues: refused };
  const from = options.from ?? { qualifier: field(first.isa, 7), id: field(first.isa, 8) };
  const to = options.to ?? { qualifier: field(first.isa, 5), id: field(first.isa, 6) };
  const envelope: InterchangeEnvelope = {
    senderQualifier: from.qualifier,
    senderId: from.id,
    receiverQualifier: to.qualifier,
    receiverId: to.id,
    applicationSender: '',
    applicationReceiver: '',
    interchangeControlNumber: options.controlNumber,
    groupControlNumber: options.controlNumber,
    functionalId: '',
    version: '',
    date: options.date,
    time: options.time,
    usage: options.usage,
  };
  const [isa, , , iea] = wrapInterchange([], envelope);
  if (isa === undefined || iea === undefined) throw new Error('wrapInterchange wrote no ISA/IEA');
  const text = writeX12([isa, ...answers, { id: 'IEA', elements: ['0', iea.elements[1] ?? ''] }], {
    ...(layout.delimiters === undefined ? {} : { delimiters: layout.delimiters }),
    lineBreak: layout.lineBreak ?? '',
  });
  const found = validateX12(text);
  return found.some((i) => i.severity === 'error') ? { issues: found } : { text, issues: found };
}
