import type { ClaimHeader, Entity, LineAdjudication } from './claim-837p.ts';
import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** What an HI code of an institutional claim is (005010X223A2 2300 HI qualifiers). */
export type InstitutionalCodeKind =
  | 'principal-diagnosis'
  | 'admitting-diagnosis'
  | 'reason-for-visit'
  | 'external-cause'
  | 'other-diagnosis'
  | 'principal-procedure'
  | 'other-procedure'
  | 'occurrence-span'
  | 'occurrence'
  | 'value'
  | 'condition'
  | 'treatment'
  | 'drg';

/** A diagnosis (ABK/ABJ/APR/ABN/ABF, or the ICD-9 BK/BJ/PR/BN/BF) with its present-on-admission flag. */
export interface InstitutionalDiagnosis {
  readonly kind:
    | 'principal-diagnosis'
    | 'admitting-diagnosis'
    | 'reason-for-visit'
    | 'external-cause'
    | 'other-diagnosis';
  readonly qualifier: string;
  readonly code: string;
  /** HI0n-9: Y, N, U, W or 1. */
  readonly presentOnAdmission?: string;
}

/** An ICD procedure (BBR/BBQ ICD-10-PCS, BR/BQ ICD-9, CAH) and the day it was done. */
export interface InstitutionalProcedure {
  readonly kind: 'principal-procedure' | 'other-procedure';
  readonly qualifier: string;
  readonly code: string;
  readonly date?: IsoDate;
}

/** Loop 2400: one institutional service line (LX, SV2, DTP*472, REF*6R, 2430). */
export interface InstitutionalLine {
  /** LX01. */
  readonly number: string;
  /** SV201 revenue code (UB-04 form locator 42). */
  readonly revenueCode: string;
  /** SV202 HCPCS/CPT procedure when the payer needs one. */
  readonly procedure?: Procedure;
  /** SV203 line charge. */
  readonly charge: Cents;
  /** SV204 DA days or UN units. */
  readonly unit: string;
  readonly units?: number;
  /** SV207 non-covered charge. */
  readonly nonCoveredCharge?: Cents;
  readonly serviceFrom?: IsoDate;
  readonly serviceTo?: IsoDate;
  /** REF*6R line item control number. */
  readonly lineControlNumber?: string;
  /** Loop 2430: how each earlier payer adjudicated this line (COB). */
  readonly adjudications: readonly LineAdjudication[];
  readonly at: SegmentLocation;
}

/** One 837I claim (loop 2300) with the parties above it, read into plain data (005010X223A2). */
export interface InstitutionalClaim extends ClaimHeader {
  /** CLM05-1 facility type code (the first two digits of the type of bill, e.g. `13`). */
  readonly facilityType: string;
  /** DTP*434 statement covers period (from-through). */
  readonly statementFrom?: IsoDate;
  readonly statementTo?: IsoDate;
  /** DTP*435 admission date, with the hour (HHMM) when DTP02 is DT. */
  readonly admission?: { readonly date: IsoDate; readonly time?: string };
  /** DTP*096 discharge hour (HHMM). */
  readonly dischargeHour?: string;
  /** CL101 admission type, CL102 admission source, CL103 patient status. */
  readonly admissionType?: string;
  readonly admissionSource?: string;
  readonly patientStatus?: string;
  readonly diagnoses: readonly InstitutionalDiagnosis[];
  readonly procedures: readonly InstitutionalProcedure[];
  /** HI BH occurrence codes and dates (UB-04 FL 31-34). */
  readonly occurrences: readonly { readonly code: string; readonly date?: IsoDate }[];
  /** HI BI occurrence span codes and periods (FL 35-36). */
  readonly occurrenceSpans: readonly {
    readonly code: string;
    readonly from?: IsoDate;
    readonly to?: IsoDate;
  }[];
  /** HI BE value codes and amounts (FL 39-41). */
  readonly values: readonly { readonly code: string; readonly amount?: Cents }[];
  /** HI BG condition codes (FL 18-28). */
  readonly conditions: readonly string[];
  /** HI TC treatment codes. */
  readonly treatments: readonly string[];
  /** HI DR diagnosis related group. */
  readonly drg?: string;
  /** REF*G1 prior authorization. */
  readonly priorAuthorization?: string;
  /** REF*EA medical record number. */
  readonly medicalRecordNumber?: string;
  readonly attendingProvider?: Entity;
  readonly operatingProvider?: Entity;
  readonly otherOperatingProvider?: Entity;
  readonly lines: readonly InstitutionalLine[];
}
