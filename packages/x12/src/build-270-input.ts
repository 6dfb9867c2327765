import type { RequestHeader } from './build-transaction.ts';

/** A person asked about: name, birth date (`YYYY-MM-DD`) and gender. */
export interface InquiryPerson {
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string;
  readonly birthDate: string;
  readonly gender?: 'F' | 'M' | 'U';
}

/** One patient asked about (one 2000C subscriber level, with its 2000D dependent if any). */
export interface EligibilityInquiry {
  /** TRN02: the caller's trace number, echoed in the 271 (TRN*2). */
  readonly traceNumber: string;
  /** TRN03: 10 characters, `1` and the asking organization's EIN (or `9` and an assigned ID). */
  readonly originatorId: string;
  readonly subscriber: InquiryPerson & { readonly memberId: string };
  /** The patient when it is not the subscriber (no member ID of their own). */
  readonly dependent?: InquiryPerson;
  /** EQ01 service type codes, one EQ each; `30` (health benefit plan coverage) when absent. */
  readonly serviceTypes?: readonly string[];
  /** DTP*291 plan date: a day, or a range; the payer uses today when absent. */
  readonly date?: string | { readonly from: string; readonly to: string };
}

/** A 270 eligibility inquiry (005010X279A1): who asks whom about which patients. */
export interface EligibilityRequest extends RequestHeader {
  readonly inquiries: readonly EligibilityInquiry[];
}
