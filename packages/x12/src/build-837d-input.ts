import type {
  ClaimParties837,
  Header837,
  LineAdjudication837,
  OtherPayer837p,
  Provider837p,
} from './build-837p-input.ts';

/** One tooth of a dental line (TOO): its Universal National Tooth Designation and surfaces. */
export interface Tooth837d {
  /** TOO02: 1-32 permanent, A-T primary, 51-82 or AS-TS supernumerary. */
  readonly tooth: string;
  /** TOO03: B, D, F, I, L, M, O (at most five). */
  readonly surfaces?: readonly string[];
}

/**
 * 2430 as the other payer adjudicated a dental line: SVD03 is AD and `procedureCode` (the
 * line's own CDT code when the payer's 835 did not return another).
 */
export type LineAdjudication837d = LineAdjudication837;

/** One 2400 dental service line (LX, SV3, TOO, DTP*472, REF*6R) with its 2430 loops. */
export interface ServiceLine837d {
  /** SV301-2 CDT code (D and four digits), qualifier AD; `modifiers` SV301-3..6. */
  readonly procedureCode: string;
  readonly modifiers?: readonly string[];
  /** SV302 line charge in integer cents. */
  readonly charge: number;
  /** SV303, written only when it differs from the claim's CLM05-1. */
  readonly placeOfService?: string;
  /** SV304 oral cavity designation codes (00, 01, 02, 03-08, 09, 10, 20, 30, 40, L, R), at most five. */
  readonly oralCavity?: readonly string[];
  /** SV305 prosthesis, crown or inlay: I initial placement, R replacement. */
  readonly prosthesis?: 'I' | 'R';
  /** SV306 procedure count, when more than one. */
  readonly quantity?: number;
  /** SV311 diagnosis pointers, 1-based into the claim's `diagnoses` (one to four). */
  readonly pointers?: readonly number[];
  /** TOO, one per tooth (at most 32). */
  readonly teeth?: readonly Tooth837d[];
  /** DTP*472 date of service, required unless the claim is a predetermination. */
  readonly serviceDate?: string;
  /** REF*6R line item control number. */
  readonly lineControlNumber?: string;
  /** 2430: how each earlier payer adjudicated this line (COB). */
  readonly adjudications?: readonly LineAdjudication837d[];
}

/** One dental claim (loop 2300, an ADA claim form) with the parties it is billed for. */
export interface Claim837d extends ClaimParties837 {
  /** CLM01 patient control number (at most 20 characters). */
  readonly patientControlNumber: string;
  /** CLM02 in integer cents: must equal the sum of the line charges. */
  readonly totalCharge: number;
  /** CLM05-1 place of service code (two digits, 11 office). */
  readonly placeOfService: string;
  /** CLM05-3 claim frequency: 1 original, 7 replacement, 8 void. */
  readonly frequency: '1' | '7' | '8';
  /** CLM19 `PB`: ask the payer what it would pay (no dates of service are sent). */
  readonly predetermination?: boolean;
  /** REF*F8 payer claim control number, required when `frequency` is 7 or 8. */
  readonly payerClaimNumber?: string;
  /** REF*G1 prior authorization number. */
  readonly priorAuthorization?: string;
  /** Dotless ICD-10-CM codes, when the payer needs them: the first ABK, the rest ABF; at most 4. */
  readonly diagnoses?: readonly string[];
  /** 2310B rendering dentist (NM1*82), with PRV*PE when `taxonomy` is given. */
  readonly renderingProvider?: Provider837p;
  /** 2320/2330A/2330B: the payers that adjudicated the claim before this one (COB). */
  readonly otherPayers?: readonly OtherPayer837p[];
  /** 2400 service lines, 1 to 50. */
  readonly lines: readonly ServiceLine837d[];
}

/** Everything one 837D interchange (one ST..SE) is built from. */
export interface Build837dInput extends Header837 {
  readonly claims: readonly Claim837d[];
}
