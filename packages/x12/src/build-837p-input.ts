import type { InterchangeEnvelope } from './interchange-writer.ts';

/** A US postal address written as N3/N4; `zip` is 5 or 9 digits (a hyphen is removed). */
export interface X12Address {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
}

/** A provider named by NM1: a person (NM102 `1`) when `firstName` is given, else an organization. */
export interface Provider837p {
  readonly lastName: string;
  readonly firstName?: string;
  readonly npi: string;
  readonly taxonomy?: string;
}

/** One 2400 service line (LX, SV1, DTP*472, REF*6R) with its optional 2410 drug (LIN/CTP). */
export interface ServiceLine837p {
  /** SV101-2 HCPCS/CPT code; `modifiers` SV101-3..6 (at most four). */
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  /** SV102 line charge in integer cents. */
  readonly charge: number;
  /** SV104 units (UN), up to three decimals. */
  readonly units: number;
  /** SV105, written only when it differs from the claim's CLM05-1. */
  readonly placeOfService?: string;
  /** SV107 diagnosis pointers, 1-based into the claim's `diagnoses` (one to four). */
  readonly pointers: readonly number[];
  /** DTP*472 date of service, `YYYY-MM-DD`. */
  readonly serviceDate: string;
  /** REF*6R line item control number. */
  readonly lineControlNumber: string;
  /** 2410 LIN*N4 11-digit NDC and CTP04/CTP05-1 quantity and unit (F2, GR, ME, ML, UN). */
  readonly ndc?: { readonly code: string; readonly quantity: number; readonly unit: string };
  /** 2430: how each earlier payer adjudicated this line (COB), from its 835 SVC/CAS. */
  readonly adjudications?: readonly LineAdjudication837p[];
}

/** One CAS adjustment: group (CO, PR, OA, PI, CR), CARC and amount in integer cents. */
export interface Adjustment837p {
  readonly group: string;
  readonly reason: string;
  readonly amount: number;
}

/**
 * Loop 2430 line adjudication: SVD, CAS (grouped), DTP*573, AMT*EAF, as every 837 writes it. The
 * procedure is optional where SVD04 carries a revenue code (837I); the 837P requires it.
 */
export interface LineAdjudication837 {
  /** SVD01: the other payer's 2330B NM109 identifier. */
  readonly payerId: string;
  /** SVD02 paid for the line, in cents; line charge = SVD02 + Σ CAS (TR3 1.4.4.1). */
  readonly paid: number;
  /** SVD03 as the other payer adjudicated it (HC:code:modifiers). */
  readonly procedureCode?: string;
  readonly modifiers?: readonly string[];
  /** SVD05 paid units. */
  readonly units: number;
  readonly adjustments: readonly Adjustment837p[];
  /** DTP*573 line check or remittance date, `YYYY-MM-DD`. */
  readonly adjudicatedOn: string;
  /**
   * AMT*EAF what the patient still owes on this line after this payer, in cents (zero is
   * sent: X12 RFI 1182). Given here, the payer's 2320 AMT*EAF is not (TR3; X12 RFI 1391).
   */
  readonly remainingPatientLiability?: number;
}

/** Loop 2430 of an 837P line: SVD03 (HC:code:modifiers) is always written. */
export interface LineAdjudication837p extends LineAdjudication837 {
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
}

/**
 * Loop 2320 other subscriber with 2330A (other subscriber) and 2330B (other payer): a payer
 * that adjudicated the claim before the one billed (COB).
 */
export interface OtherPayer837p {
  /** SBR01 the other payer's responsibility: P primary, S secondary, T tertiary. */
  readonly responsibility: 'P' | 'S' | 'T';
  /** SBR02 the patient's relationship to the other subscriber (18 self, 01, 19, 20, 21...). */
  readonly relationship: string;
  /** SBR03 the other insured's group or policy number. */
  readonly groupNumber?: string;
  /** SBR04 the other insured's group name (at most 60 characters). */
  readonly groupName?: string;
  /** SBR09 claim filing indicator of the other payer. */
  readonly claimFilingIndicator: string;
  /** Claim-level CAS from the other payer's 835 (2320 CAS). */
  readonly adjustments: readonly Adjustment837p[];
  /** AMT*D payer paid amount in cents. */
  readonly paid: number;
  /**
   * AMT*EAF remaining patient liability in cents at the claim level: for a payer that reported
   * the claim only, never with its lines' 2430 AMT*EAF (TR3; X12 RFI 1391).
   */
  readonly remainingPatientLiability?: number;
  /** 2330A NM1*IL with MI member ID. */
  readonly subscriber: {
    readonly lastName: string;
    readonly firstName?: string;
    readonly middleName?: string;
    readonly memberId: string;
  };
  /** 2330B NM1*PR with PI payer ID (SVD01 of its 2430 loops must equal it). */
  readonly payer: { readonly name: string; readonly payerId: string };
  /**
   * The adjudication date: written as 2430 DTP*573 on the lines, or as 2330B DTP*573 when no
   * line carries a 2430 for this payer (TR3: the two are not both sent).
   */
  readonly adjudicatedOn: string;
}

/**
 * Loop 2000A/2010AA billing provider (an organization), with its optional 2010AB pay-to address,
 * as every 837 names it; each guide narrows it ({@link BillingProvider837p}).
 */
export interface BillingProviderParty {
  readonly name: string;
  readonly npi: string;
  /** PRV*BI*PXC NUCC taxonomy code. */
  readonly taxonomy?: string;
  /** REF*EI employer identification number (9 digits); give it or `ssn`, not both. */
  readonly ein?: string;
  /** REF*SY social security number (9 digits). */
  readonly ssn?: string;
  /** The billing provider's street address; the ZIP must have 9 digits (TR3 2010AA N403). */
  readonly address: X12Address;
  readonly payToAddress?: X12Address;
}

/** The 837P billing provider: its taxonomy (PRV*BI) is always written. */
export interface BillingProvider837p extends BillingProviderParty {
  readonly taxonomy: string;
}

/** Loop 2000B SBR and 2010BA subscriber. */
export interface Subscriber837p {
  readonly payerResponsibility: 'P' | 'S' | 'T';
  /** `true`: SBR02 `18` and no 2000C; `false`: a `patient` must be given. */
  readonly patientIsSubscriber: boolean;
  readonly groupNumber?: string;
  /** SBR09 claim filing indicator (CI, MB, MC, BL...). */
  readonly claimFilingIndicator: string;
  /**
   * SBR05 Medicare Secondary Payer insurance type (12 working aged, 43 disabled, 47 other
   * liability...): required when the claim goes to Medicare (SBR09 MB) as a secondary or
   * tertiary payer, and not sent otherwise.
   */
  readonly medicareSecondaryType?: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string;
  /** NM109 (MI) member identification number. */
  readonly memberId: string;
  /** Required when the patient is the subscriber (TR3 2010BA N3/N4). */
  readonly address?: X12Address;
  /** DMG02/DMG03, required when the patient is the subscriber (TR3 2010BA DMG). */
  readonly dateOfBirth?: string;
  readonly sex?: 'M' | 'F' | 'U';
}

/** Loop 2000C/2010CA patient, only when the patient is not the subscriber. */
export interface Patient837p {
  /** PAT01 individual relationship code: 01 spouse, 19 child, 20 employee, 21 unknown, 39, 40, 53, G8. */
  readonly relationship: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName?: string;
  readonly address: X12Address;
  readonly dateOfBirth: string;
  readonly sex: 'M' | 'F' | 'U';
}

/** 2010BB NM1*PR: name, PI payer ID and optional address. */
export interface Payer837 {
  readonly name: string;
  readonly payerId: string;
  readonly address?: X12Address;
}

/**
 * The parties an 837 claim (professional, institutional or dental) is billed for: what the HL
 * tree (2000A billing provider, 2000B subscriber and payer, 2000C patient) is grouped by.
 */
export interface ClaimParties837 {
  readonly billingProvider: BillingProviderParty;
  readonly subscriber: Subscriber837p;
  readonly payer: Payer837;
  readonly patient?: Patient837p;
}

/** One professional claim (loop 2300) with the parties it is billed for. */
export interface Claim837p extends ClaimParties837 {
  readonly billingProvider: BillingProvider837p;
  /** CLM01 patient control number (at most 20 characters). */
  readonly patientControlNumber: string;
  /** CLM02 in integer cents: must equal the sum of the line charges. */
  readonly totalCharge: number;
  /** CLM05-1 place of service code (two digits). */
  readonly placeOfService: string;
  /** CLM05-3 claim frequency: 1 original, 7 replacement, 8 void. */
  readonly frequency: '1' | '7' | '8';
  /** REF*F8 payer claim control number, required when `frequency` is 7 or 8. */
  readonly payerClaimNumber?: string;
  /** REF*G1 prior authorization number. */
  readonly priorAuthorization?: string;
  /** DTP*431 onset of current illness, `YYYY-MM-DD`. */
  readonly onsetDate?: string;
  /** DTP*454 initial treatment (spinal manipulation, therapy), `YYYY-MM-DD`. */
  readonly initialTreatmentDate?: string;
  /** CLM11-1/-2: EM employment, AA auto accident, OA other accident; at most two. */
  readonly relatedCauses?: readonly string[];
  /** CLM11-4: the state of an auto accident, required with AA. */
  readonly autoAccidentState?: string;
  /** DTP*439 accident, required with AA or OA, `YYYY-MM-DD`. */
  readonly accidentDate?: string;
  /** Dotless ICD-10-CM codes: the first is principal (ABK), the rest ABF; at most 12. */
  readonly diagnoses: readonly string[];
  /** 2310B rendering provider, with PRV*PE when `taxonomy` is given. */
  readonly renderingProvider?: Provider837p;
  /** 2310A referring provider (NM1*DN, always a person per the TR3; no taxonomy is written). */
  readonly referringProvider?: Provider837p;
  /** 2310C service facility location (NM1*77); its ZIP must have 9 digits (TR3 2310C N403). */
  readonly serviceFacility?: {
    readonly name: string;
    readonly npi?: string;
    readonly address: X12Address;
  };
  /** 2320/2330A/2330B: the payers that adjudicated the claim before this one (COB). */
  readonly otherPayers?: readonly OtherPayer837p[];
  /** 2400 service lines, 1 to 50. */
  readonly lines: readonly ServiceLine837p[];
}

/** What the header of every 837 names: BHT, 1000A submitter and 1000B receiver. */
export interface Header837 {
  /** ISA/GS; `functionalId` must be `HC` and `version` the guide's (e.g. `005010X222A1`). */
  readonly envelope: InterchangeEnvelope;
  /** ST02/SE02: 1 to 999999999, written with at least four digits. */
  readonly transactionControlNumber: number;
  /** BHT03 originator application transaction identifier. */
  readonly originatorReference: string;
  /** BHT04 (`YYYY-MM-DD`) and BHT05 (`HHMM`). */
  readonly createdAt: { readonly date: string; readonly time: string };
  /** 1000A NM1*41 and PER*IC. */
  readonly submitter: {
    readonly name: string;
    readonly id: string;
    readonly contactName: string;
    readonly phone: string;
  };
  /** 1000B NM1*40. */
  readonly receiver: { readonly name: string; readonly id: string };
}

/** Everything one 837P interchange (one ST..SE) is built from. */
export interface Build837pInput extends Header837 {
  readonly claims: readonly Claim837p[];
}
