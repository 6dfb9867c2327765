import type { ClaimHeader, Diagnosis, LineAdjudication } from './claim-837p.ts';
import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** TOO: one tooth (TOO02, Universal National Tooth Designation JP) and its surfaces (TOO03). */
export interface ToothInfo {
  readonly tooth: string;
  readonly surfaces: readonly string[];
}

/** Loop 2400: one dental service line (LX, SV3, TOO, DTP*472, REF*6R, 2430). */
export interface DentalLine {
  readonly number: string;
  /** SV301: AD (CDT) procedure with modifiers. */
  readonly procedure: Procedure;
  /** SV302 line charge. */
  readonly charge: Cents;
  /** SV303 place of service when it differs from the claim's. */
  readonly placeOfService?: string;
  /** SV304 oral cavity designation codes (area of the mouth: 00, 01, 10, L, R...). */
  readonly oralCavity: readonly string[];
  /** SV305 prosthesis, crown or inlay: I initial placement, R replacement. */
  readonly prosthesis?: string;
  /** SV306 procedure count. */
  readonly quantity?: number;
  /** SV311 diagnosis pointers (1-based into the claim's diagnoses). */
  readonly diagnosisPointers: readonly number[];
  readonly teeth: readonly ToothInfo[];
  readonly serviceDate?: IsoDate;
  readonly lineControlNumber?: string;
  readonly adjudications: readonly LineAdjudication[];
  readonly at: SegmentLocation;
}

/** One 837D claim (loop 2300) with the parties above it, read into plain data (005010X224A2). */
export interface DentalClaim extends ClaimHeader {
  /** CLM05-1 place of service. */
  readonly placeOfService: string;
  /** CLM19 `PB`: a predetermination of benefits, not a claim for payment. */
  readonly predetermination: boolean;
  /** 2300 DTP*472 service date of the whole claim, when given there. */
  readonly serviceDate?: IsoDate;
  /** REF*G1 prior authorization. */
  readonly priorAuthorization?: string;
  /** HI ABK/ABF diagnoses (situational in dental claims). */
  readonly diagnoses: readonly Diagnosis[];
  readonly lines: readonly DentalLine[];
}
