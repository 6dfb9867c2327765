import type {
  BillingProviderParty,
  ClaimParties837,
  Header837,
  LineAdjudication837,
  OtherPayer837p,
  Provider837p,
} from './build-837p-input.ts';

/** A calendar day `YYYY-MM-DD`, or a from-through period of days. */
export type DayOrPeriod = string | { readonly from: string; readonly to: string };

/** The 837I billing provider: the facility, an organization with an EIN (REF*EI). */
export interface BillingProvider837i extends BillingProviderParty {
  readonly ein: string;
  readonly ssn?: never;
}

/** An ICD-10-CM diagnosis with its present-on-admission indicator (HI0n-9: Y, N, U, W or 1). */
export interface Diagnosis837i {
  /** Dotless ICD-10-CM code. */
  readonly code: string;
  readonly presentOnAdmission?: 'Y' | 'N' | 'U' | 'W' | '1';
}

/** An ICD-10-PCS procedure and the day it was done (HI BBR/BBQ with D8). */
export interface Procedure837i {
  readonly code: string;
  readonly date: string;
}

/**
 * 2430 as the other payer adjudicated an institutional line: SVD04 is the line's revenue code,
 * SVD03 the procedure only when the payer's 835 returned one (TR3 X223A2 2430 SVD03).
 */
export type LineAdjudication837i = LineAdjudication837;

/** One 2400 institutional service line (LX, SV2, DTP*472, REF*6R) with its 2430 loops. */
export interface ServiceLine837i {
  /** SV201 NUBC revenue code, four digits (UB-04 FL 42). */
  readonly revenueCode: string;
  /** SV202-2 HCPCS/CPT code, when one exists for the service (outpatient), with SV202-3..6. */
  readonly procedureCode?: string;
  readonly modifiers?: readonly string[];
  /** SV203 line charge in integer cents. */
  readonly charge: number;
  /** SV204 unit basis: UN units (default) or DA days (accommodation revenue codes). */
  readonly unit?: 'UN' | 'DA';
  /** SV205 units, up to three decimals. */
  readonly units: number;
  /** SV207 non-covered charge in integer cents. */
  readonly nonCoveredCharge?: number;
  /**
   * DTP*472 date or period of service: required on each line of an outpatient claim, not sent
   * on an inpatient one (TR3 X223A2 2400 DTP*472; X12 RFI 1435).
   */
  readonly serviceDate?: DayOrPeriod;
  /** REF*6R line item control number. */
  readonly lineControlNumber?: string;
  /** 2430: how each earlier payer adjudicated this line (COB). */
  readonly adjudications?: readonly LineAdjudication837i[];
}

/** Claim frequency (CLM05-3, the third digit of the type of bill), NUBC. */
export type InstitutionalFrequency = '0' | '1' | '2' | '3' | '4' | '5' | '7' | '8';

/** One institutional claim (loop 2300, a UB-04) with the parties it is billed for. */
export interface Claim837i extends ClaimParties837 {
  readonly billingProvider: BillingProvider837i;
  /** CLM01 patient control number (at most 20 characters). */
  readonly patientControlNumber: string;
  /** CLM02 in integer cents: must equal the sum of the line charges. */
  readonly totalCharge: number;
  /** CLM05-1: the first two digits of the type of bill (facility type and bill classification, `13`). */
  readonly facilityType: string;
  /** CLM05-3: the third digit of the type of bill. */
  readonly frequency: InstitutionalFrequency;
  /** DTP*434 statement covers period (UB-04 FL 6). */
  readonly statementPeriod: { readonly from: string; readonly to: string };
  /** DTP*435 admission date and hour `HHMM` (FL 12-13): required on inpatient claims. */
  readonly admission?: { readonly date: string; readonly hour?: string };
  /** DTP*096 discharge hour `HHMM` (FL 16): required on final inpatient claims. */
  readonly dischargeHour?: string;
  /** CL101 priority (type) of admission (FL 14) and CL102 point of origin (FL 15): inpatient. */
  readonly admissionType?: string;
  readonly admissionSource?: string;
  /** CL103 patient discharge status (FL 17), two digits. */
  readonly patientStatus: string;
  /** REF*F8 payer claim control number, required when `frequency` is 7 or 8. */
  readonly payerClaimNumber?: string;
  /** REF*G1 prior authorization number. */
  readonly priorAuthorization?: string;
  /** REF*EA medical record number. */
  readonly medicalRecordNumber?: string;
  /** HI ABK principal diagnosis (FL 67). */
  readonly principalDiagnosis: Diagnosis837i;
  /** HI ABJ admitting diagnosis (FL 69): required on inpatient claims. */
  readonly admittingDiagnosis?: string;
  /** HI APR patient's reasons for visit (FL 70), at most three: unscheduled outpatient visits. */
  readonly reasonsForVisit?: readonly string[];
  /** HI ABN external causes of injury (FL 72), at most 12. */
  readonly externalCauses?: readonly Diagnosis837i[];
  /** HI ABF other diagnoses (FL 67A-Q), at most 24 (two HI segments). */
  readonly otherDiagnoses?: readonly Diagnosis837i[];
  /** HI BBR principal ICD-10-PCS procedure (FL 74). */
  readonly principalProcedure?: Procedure837i;
  /** HI BBQ other ICD-10-PCS procedures (FL 74a-e), at most 24; need a principal procedure. */
  readonly otherProcedures?: readonly Procedure837i[];
  /** HI BH occurrence codes and dates (FL 31-34), at most 24. */
  readonly occurrences?: readonly { readonly code: string; readonly date: string }[];
  /** HI BE value codes and amounts in cents (FL 39-41), at most 24. */
  readonly values?: readonly { readonly code: string; readonly amount: number }[];
  /** HI BG condition codes (FL 18-28), at most 24. */
  readonly conditions?: readonly string[];
  /** 2310A attending provider (NM1*71, a person), PRV*AT when a taxonomy is given. */
  readonly attendingProvider?: Provider837p;
  /** 2310B operating physician (NM1*72): required when a principal procedure is given. */
  readonly operatingPhysician?: Provider837p;
  /** 2310D rendering provider (NM1*82), when it is not the attending provider. */
  readonly renderingProvider?: Provider837p;
  /** 2320/2330A/2330B: the payers that adjudicated the claim before this one (COB). */
  readonly otherPayers?: readonly OtherPayer837p[];
  /** 2400 service lines, 1 to 999. */
  readonly lines: readonly ServiceLine837i[];
}

/** Everything one 837I interchange (one ST..SE) is built from. */
export interface Build837iInput extends Header837 {
  readonly claims: readonly Claim837i[];
}
