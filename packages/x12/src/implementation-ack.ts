import type { GroupAckCode, TransactionAckCode } from './ack-999-codes.ts';
import type { SegmentLocation } from './issue.ts';

/**
 * CTX: where an error sits in business terms (CTX01 `CLM01:<patient control number>`, the
 * claim the error belongs to) or the segment that triggered a situational rule (CTX02-CTX06).
 */
export interface AckContext {
  /** CTX01-1, e.g. `CLM01` or `SITUATIONAL TRIGGER`. */
  readonly name: string;
  /** CTX01-2, e.g. the patient control number. */
  readonly reference?: string;
  readonly segmentId?: string;
  readonly segmentPosition?: number;
  readonly loop?: string;
  readonly element?: number;
  readonly component?: number;
}

/** Loop 2110 IK4: one element in error. */
export interface ElementError {
  /** IK401-1 element position in the segment (1-based). */
  readonly element: number;
  /** IK401-2 component position, when the error is in a composite. */
  readonly component?: number;
  /** IK401-3 repetition, when the element repeats. */
  readonly repetition?: number;
  /** IK402 data element reference number (e.g. 67 for NM109). */
  readonly reference?: string;
  /** IK403 element syntax error code (X12 621). */
  readonly code: string;
  /** IK404 copy of the bad value. */
  readonly badValue?: string;
  readonly context: readonly AckContext[];
  readonly at: SegmentLocation;
}

/** Loop 2100 IK3: one segment in error in the acknowledged transaction set. */
export interface SegmentError {
  /** IK301 segment ID. */
  readonly segmentId: string;
  /** IK302 position of the segment in the acknowledged transaction set (ST = 1). */
  readonly position: number;
  /** IK303 loop identifier, e.g. `2010BA`. */
  readonly loop?: string;
  /** IK304 segment syntax error code (X12 620). */
  readonly code?: string;
  readonly context: readonly AckContext[];
  readonly elements: readonly ElementError[];
  readonly at: SegmentLocation;
}

/** Loop 2000: the answer about one transaction set we sent (AK2 … IK5). */
export interface TransactionSetAck {
  /** AK201, e.g. `837`. */
  readonly setId: string;
  /** AK202: the ST02 we sent. */
  readonly controlNumber: string;
  /** AK203, e.g. `005010X222A1`. */
  readonly guide?: string;
  /** IK501; `undefined` when the IK5 is missing (reported). */
  readonly status?: TransactionAckCode;
  /** IK502-IK506 transaction set syntax error codes (X12 618). */
  readonly codes: readonly string[];
  readonly segmentErrors: readonly SegmentError[];
  readonly at: SegmentLocation;
}

/** One 999 transaction set read into plain data (005010X231A1). */
export interface ImplementationAck {
  /** ST02 of the 999 itself. */
  readonly controlNumber: string;
  /** ST03, e.g. `005010X231A1`. */
  readonly guide?: string;
  /** AK1: the functional group acknowledged (GS01, our GS06, GS08). */
  readonly group: {
    readonly functionalId: string;
    readonly controlNumber: string;
    readonly version?: string;
    /** Where the AK1 is (the ST when it is missing). */
    readonly at: SegmentLocation;
  };
  readonly transactions: readonly TransactionSetAck[];
  /** AK9: the group's status and counts; `undefined` when the AK9 is missing (reported). */
  readonly groupResponse?: {
    readonly status: GroupAckCode;
    readonly included: number;
    readonly received: number;
    readonly accepted: number;
    /** AK905-AK909 functional group syntax error codes (X12 716). */
    readonly codes: readonly string[];
  };
  readonly at: SegmentLocation;
}
