import type { DateRange } from './claim-ack.ts';
import type { ClaimStatusReferences } from './claim-status.ts';
import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Party, PersonName, Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** Loop 2210D/E: one service line of the claim asked about. */
export interface LineInquiry {
  readonly procedure: Procedure;
  /** SVC02 line item charge. */
  readonly charge: Cents;
  /** SVC04 revenue code (institutional claims). */
  readonly revenueCode?: string;
  /** SVC07 units of service. */
  readonly units?: number;
  /** REF*FJ line item control number (the 837's REF*6R). */
  readonly lineControlNumber?: string;
  readonly serviceDate?: DateRange;
  readonly at: SegmentLocation;
}

/** Loop 2200D/E: one claim whose status is asked (its TRN). */
export interface ClaimInquiry extends ClaimStatusReferences {
  /** TRN02: the asker's trace number, echoed in the 277. */
  readonly traceNumber: string;
  /** AMT*T3 total claim charge. */
  readonly charge?: Cents;
  /** DTP*472 claim service dates. */
  readonly serviceDate?: DateRange;
  readonly lines: readonly LineInquiry[];
  readonly at: SegmentLocation;
}

/** Loops 2000D/E-2100D/E: a subscriber or dependent and the claims asked about for them. */
export interface StatusInquiryPatient {
  /** `subscriber` (2000D, NM1*IL) or `dependent` (2000E, NM1*QC). */
  readonly level: 'subscriber' | 'dependent';
  readonly name: PersonName;
  /** DMG02 and DMG03 (required when this level is the patient). */
  readonly birthDate?: IsoDate;
  readonly gender?: string;
  /** For a dependent: the subscriber (2100D) whose coverage it is under, with the member ID. */
  readonly subscriber?: PersonName;
  readonly claims: readonly ClaimInquiry[];
  readonly at: SegmentLocation;
}

/** Loops 2000C-2100C: a provider of service and its patients. */
export interface StatusInquiryProvider {
  readonly party: Party;
  readonly patients: readonly StatusInquiryPatient[];
  readonly at: SegmentLocation;
}

/** Loops 2000B-2100B: the information receiver (the submitter asking) and its providers. */
export interface StatusInquiryReceiver {
  readonly party: Party;
  readonly providers: readonly StatusInquiryProvider[];
  readonly at: SegmentLocation;
}

/** Loops 2000A-2100A: the payer asked. */
export interface StatusInquiryPayer {
  readonly party: Party;
  readonly receivers: readonly StatusInquiryReceiver[];
  readonly at: SegmentLocation;
}

/** One 276 claim status request transaction set read into plain data (005010X212). */
export interface ClaimStatusInquirySet {
  /** ST02. */
  readonly controlNumber: string;
  /** BHT03: the reference the 277 echoes. */
  readonly reference?: string;
  /** BHT04. */
  readonly createdOn?: IsoDate;
  readonly payers: readonly StatusInquiryPayer[];
  readonly at: SegmentLocation;
}
