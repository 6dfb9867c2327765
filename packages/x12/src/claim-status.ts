import type { DateRange, StatusInformation } from './claim-ack.ts';
import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Party, PersonName, Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** One STC of a 277 claim status response (005010X212): the 277CA's, plus the payment. */
export interface ClaimStatusInformation extends StatusInformation {
  /** STC05 claim payment amount. */
  readonly paid?: Cents;
  /** STC06 adjudication or payment date. */
  readonly adjudicatedOn?: IsoDate;
  /** STC07 payment method: ACH, BOP, CHK, FWT or NON. */
  readonly paymentMethod?: string;
  /** STC08 check issue or EFT effective date. */
  readonly paymentDate?: IsoDate;
  /** STC09 check or EFT trace number. */
  readonly checkNumber?: string;
}

/** Loop 2220D/E: the status of one service line. */
export interface LineStatus {
  readonly procedure: Procedure;
  /** SVC02 line item charge. */
  readonly charge: Cents;
  /** SVC03 line item payment. */
  readonly paid?: Cents;
  readonly revenueCode?: string;
  readonly units?: number;
  readonly statuses: readonly ClaimStatusInformation[];
  /** REF*FJ line item control number. */
  readonly lineControlNumber?: string;
  readonly serviceDate?: DateRange;
  readonly at: SegmentLocation;
}

/** The references (2200D/E REF) that name a claim in a 276 and in the 277 that answers it. */
export interface ClaimStatusReferences {
  /** REF*1K payer claim control number. */
  readonly payerClaimControlNumber?: string;
  /** REF*EJ patient control number (the 837's CLM01). */
  readonly patientControlNumber?: string;
  /** REF*BLT institutional type of bill. */
  readonly billType?: string;
  /** REF*XZ pharmacy prescription number. */
  readonly prescriptionNumber?: string;
  /** REF*D9 clearinghouse trace number. */
  readonly clearinghouseTraceNumber?: string;
}

/** Each claim REF qualifier of a 276/277 and the field it fills. */
export const CLAIM_STATUS_REFERENCES = {
  '1K': 'payerClaimControlNumber',
  EJ: 'patientControlNumber',
  BLT: 'billType',
  XZ: 'prescriptionNumber',
  D9: 'clearinghouseTraceNumber',
} as const satisfies Record<string, keyof ClaimStatusReferences>;

/** Loop 2200D/E: the status of one claim. */
export interface ClaimStatus extends ClaimStatusReferences {
  /** TRN02: the 276's trace number echoed back. */
  readonly traceNumber: string;
  readonly statuses: readonly ClaimStatusInformation[];
  /** DTP*472 claim service dates. */
  readonly serviceDate?: DateRange;
  readonly lines: readonly LineStatus[];
  readonly at: SegmentLocation;
}

/** Loops 2000D/E-2100D/E: a subscriber or dependent patient and their claims. */
export interface PatientClaims {
  /** `subscriber` (2000D, NM1*IL) or `dependent` (2000E, NM1*QC). */
  readonly level: 'subscriber' | 'dependent';
  readonly name: PersonName;
  /** For a dependent: the subscriber (2100D) whose coverage it is under, with the member ID. */
  readonly subscriber?: PersonName;
  readonly claims: readonly ClaimStatus[];
  readonly at: SegmentLocation;
}

/** A party level that may answer for itself (2200B/2200C TRN and STC, e.g. provider not found). */
export interface StatusParty {
  readonly party: Party;
  readonly traceNumber?: string;
  readonly statuses: readonly ClaimStatusInformation[];
  readonly at: SegmentLocation;
}

/** Loops 2000C-2100C: a provider of service and its patients. */
export interface ProviderClaims extends StatusParty {
  readonly patients: readonly PatientClaims[];
}

/** Loops 2000B-2100B: the information receiver and its providers. */
export interface ReceiverClaims extends StatusParty {
  readonly providers: readonly ProviderClaims[];
}

/** Loops 2000A-2100A: the payer answering. */
export interface PayerClaims {
  readonly party: Party;
  readonly receivers: readonly ReceiverClaims[];
  readonly at: SegmentLocation;
}

/** One 277 claim status response (005010X212) read into plain data. */
export interface ClaimStatusResponse {
  /** ST02. */
  readonly controlNumber: string;
  /** BHT03: the 276's reference echoed back. */
  readonly reference?: string;
  /** BHT04. */
  readonly createdOn?: IsoDate;
  readonly payers: readonly PayerClaims[];
  readonly at: SegmentLocation;
}
