import type { RequestHeader } from './build-transaction.ts';

/** The patient of a claim asked about: name, birth date (`YYYY-MM-DD`) and gender. */
export interface StatusPerson {
  readonly lastName: string;
  readonly firstName: string;
  readonly birthDate: string;
  readonly gender?: 'F' | 'M' | 'U';
}

/** One claim asked about (a 2000D subscriber level, or 2000E dependent, with its 2200 loop). */
export interface ClaimStatusInquiry {
  /** TRN02: the caller's trace number, echoed in the 277 (TRN*2). */
  readonly traceNumber: string;
  /** The subscriber: name and member ID; birth date and gender needed when they are the patient. */
  readonly subscriber: Omit<StatusPerson, 'birthDate'> & {
    readonly memberId: string;
    readonly birthDate?: string;
  };
  /** The patient when it is not the subscriber. */
  readonly dependent?: StatusPerson;
  /** REF*EJ: the patient control number sent in CLM01. */
  readonly patientControlNumber?: string;
  /** REF*1K: the payer's claim control number, when known. */
  readonly payerClaimControlNumber?: string;
  /** REF*BLT: institutional type of bill (facility code and frequency, e.g. `111`). */
  readonly billType?: string;
  /** AMT*T3: total claim charge in cents. */
  readonly charge: number;
  /** DTP*472: the date(s) of service. */
  readonly serviceDate: string | { readonly from: string; readonly to: string };
}

/** A 276 claim status request (005010X212) of one provider to one payer. */
export interface ClaimStatusRequest extends RequestHeader {
  /** 2100B: the information receiver (the submitter), by ETIN (46). */
  readonly receiver: { readonly name: string; readonly id: string };
  readonly claims: readonly ClaimStatusInquiry[];
}
