import type { Address, Diagnosis } from './claim-837p.ts';
import type { QualifiedDate, QualifiedReference, Trace } from './eligibility.ts';
import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Party, PersonName, Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** PRV: the provider's role (PRV01, e.g. `PE` performing, `RF` referring) and taxonomy (PRV03). */
export interface ProviderRole {
  readonly code: string;
  readonly taxonomy: string;
}

/** Loop 2110C/D: one EQ eligibility or benefit inquiry and what qualifies it. */
export interface BenefitInquiry {
  /** EQ01 service type codes (repeating), e.g. `30` health benefit plan coverage. */
  readonly serviceTypes: readonly string[];
  /** EQ02: the procedure asked about, instead of or beside a service type. */
  readonly procedure?: Procedure;
  /** EQ03 coverage level, e.g. `IND` individual, `FAM` family. */
  readonly coverageLevel?: string;
  /** EQ05 pointers (1-based) into the member's HI diagnoses. */
  readonly diagnosisPointers: readonly number[];
  /** AMT: R8 spend-down amount, PB spend-down total billed amount. */
  readonly amounts: readonly { readonly qualifier: string; readonly amount: Cents }[];
  /** III*ZZ: the place of service the inquiry is about. */
  readonly placeOfService?: string;
  /** REF, e.g. `9F` referral number, `G1` prior authorization. */
  readonly references: readonly QualifiedReference[];
  /** DTP*291 plan date of this inquiry. */
  readonly dates: readonly QualifiedDate[];
  readonly at: SegmentLocation;
}

/** Loops 2000C/2100C or 2000D/2100D: the subscriber or dependent asked about. */
export interface InquiryMember {
  /** TRN*1: the asker's trace numbers (TRN03 originator), echoed in the 271. */
  readonly traces: readonly Trace[];
  readonly name: PersonName & { readonly middleName?: string };
  readonly address?: Address;
  /** 2100C/D PRV: the provider the inquiry is for, when not the 2100B receiver. */
  readonly provider?: ProviderRole;
  /** DMG02. */
  readonly birthDate?: IsoDate;
  /** DMG03: F, M or U. */
  readonly gender?: string;
  /** INS02 relationship to the subscriber (e.g. `19` child), INS17 birth sequence. */
  readonly relationship?: string;
  readonly birthSequence?: string;
  /** REF, e.g. `SY` SSN, `6P` group number, `HJ` identity card number. */
  readonly references: readonly QualifiedReference[];
  /** HI diagnoses (ABK/BK the first, ABF/BF the others). */
  readonly diagnoses: readonly Diagnosis[];
  /** DTP*291 (plan), 102 (issue), 307 (eligibility), 435 (admission), 472 (service). */
  readonly dates: readonly QualifiedDate[];
  readonly inquiries: readonly BenefitInquiry[];
  readonly at: SegmentLocation;
}

/** Loop 2000C: a subscriber and, when the patient is a dependent, the dependent (2000D). */
export interface InquirySubscriber extends InquiryMember {
  readonly dependents: readonly InquiryMember[];
}

/** Loops 2000B/2100B: the information receiver (the provider asking). */
export interface InquiryReceiver {
  readonly party: Party;
  /** REF, e.g. `EO` submitter ID, `TJ` federal tax ID. */
  readonly references: readonly QualifiedReference[];
  readonly address?: Address;
  readonly provider?: ProviderRole;
  readonly subscribers: readonly InquirySubscriber[];
  readonly at: SegmentLocation;
}

/** Loops 2000A/2100A: the information source asked (the payer). */
export interface InquirySource {
  readonly party: Party;
  readonly receivers: readonly InquiryReceiver[];
  readonly at: SegmentLocation;
}

/** One 270 eligibility inquiry transaction set read into plain data (005010X279A1). */
export interface EligibilityInquirySet {
  /** ST02. */
  readonly controlNumber: string;
  /** BHT02: `13` request, `01` cancellation. */
  readonly purpose: string;
  /** BHT03: the reference the 271 echoes. */
  readonly reference?: string;
  /** BHT04. */
  readonly createdOn?: IsoDate;
  readonly sources: readonly InquirySource[];
  readonly at: SegmentLocation;
}
