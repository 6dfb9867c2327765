/**
 * Acknowledgment codes an issue maps to, so that a 999 or TA1 can be written from it.
 *
 * - `ta1`: TA105 interchange note code (X12 I18), e.g. `001` control number mismatch.
 * - `ak9`: AK905/IK905 functional group syntax error code (X12 716), e.g. `5` count mismatch.
 * - `ik3`: IK304 segment syntax error code (X12 620), e.g. `8` segment has data element errors.
 * - `ik4`: IK403 element syntax error code (X12 621), e.g. `1` required element missing.
 * - `ik5`: IK502 transaction set syntax error code (X12 718), e.g. `4` segment count mismatch.
 */
export interface AckCodes {
  readonly ta1?: string;
  readonly ak9?: string;
  readonly ik3?: string;
  readonly ik4?: string;
  readonly ik5?: string;
}

/** How bad a problem is: an `error` makes a payer front end reject; a `warning` does not. */
export type Severity = 'error' | 'warning';

/**
 * One located problem found while reading or checking X12 (STYLE.md "Problems are data").
 *
 * `segmentIndex` is the 1-based position of the segment in its interchange (ISA = 1);
 * `txSegmentIndex` its 1-based position in the transaction set (ST = 1), which is what
 * 999 IK302 reports; `offset` the byte offset of the segment in the input.
 */
export interface X12Issue {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly segmentIndex: number;
  readonly segmentId: string;
  readonly txSegmentIndex?: number;
  readonly offset?: number;
  readonly element?: number;
  readonly component?: number;
  readonly loop?: string;
  readonly ack?: AckCodes;
}

/** Where a segment sits; the part of a {@link Segment} an issue needs. */
export interface SegmentLocation {
  readonly id: string;
  readonly index: number;
  readonly txIndex: number;
  readonly offset: number;
}

/** Optional details of an issue beyond its code, message and segment. */
export interface IssueDetail {
  readonly element?: number;
  readonly component?: number;
  readonly loop?: string;
  readonly ack?: AckCodes;
  readonly severity?: Severity;
}

/** Builds an issue located at `at` (an error unless `detail.severity` says otherwise). */
export function issueAt(
  at: SegmentLocation,
  code: string,
  message: string,
  detail: IssueDetail = {},
): X12Issue {
  return {
    severity: detail.severity ?? 'error',
    code,
    message,
    segmentIndex: at.index,
    segmentId: at.id,
    ...(at.txIndex > 0 ? { txSegmentIndex: at.txIndex } : {}),
    offset: at.offset,
    ...(detail.element === undefined ? {} : { element: detail.element }),
    ...(detail.component === undefined ? {} : { component: detail.component }),
    ...(detail.loop === undefined ? {} : { loop: detail.loop }),
    ...(detail.ack === undefined ? {} : { ack: detail.ack }),
  };
}

/** Receives issues as they are found (streaming readers report through this). */
export type IssueSink = (issue: X12Issue) => void;
