import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Adjustment, Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** A postal address (N3/N4). */
export interface Address {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly state?: string;
  readonly postalCode?: string;
}

/** An entity named by NM1: person (NM102 1) or organisation (NM102 2). */
export interface Entity {
  /** NM101 entity identifier code (85 billing provider, IL subscriber, QC patient, 82...). */
  readonly role: string;
  readonly kind: 'person' | 'organization';
  /** NM103 last or organisation name. */
  readonly lastName: string;
  readonly firstName?: string;
  /** NM108 identification code qualifier (XX NPI, MI member id, PI payer id...). */
  readonly idQualifier?: string;
  readonly id?: string;
  readonly address?: Address;
}

/** Loop 2000B subscriber: SBR, 2010BA name and demographics. */
/** Loop 2010AA with what 2000A PRV and 2010AA REF add: the taxonomy and the tax ID. */
export interface BillingProvider extends Entity {
  /** 2000A PRV*BI*PXC. */
  readonly taxonomy?: string;
  /** 2010AA REF*EI (EIN) or REF*SY (SSN). */
  readonly taxId?: string;
}

export interface Subscriber extends Entity {
  /** SBR01 payer responsibility sequence (P, S, T...). */
  readonly responsibility: string;
  /** SBR02 individual relationship code (18 = self). */
  readonly relationship?: string;
  readonly groupNumber?: string;
  /** SBR09 claim filing indicator code (MB Medicare Part B, CI commercial...). */
  readonly filingIndicator?: string;
  readonly birthDate?: IsoDate;
  readonly gender?: string;
}

/** Loop 2000C patient when not the subscriber: PAT01 relationship, 2010CA name. */
export interface Patient extends Entity {
  readonly relationship: string;
  readonly birthDate?: IsoDate;
  readonly gender?: string;
}

/** A diagnosis from HI (ABK/BK principal, ABF/BF other; ICD-10-CM or ICD-9-CM). */
export interface Diagnosis {
  readonly qualifier: string;
  readonly code: string;
}

/** Loop 2430: how another payer adjudicated this line (COB). */
export interface LineAdjudication {
  readonly payerId: string;
  readonly paid: Cents;
  readonly procedure?: Procedure;
  /** SVD04 revenue code (837I: the line's revenue code, SVD03 then only when adjudicated by procedure). */
  readonly revenueCode?: string;
  readonly units?: number;
  readonly adjustments: readonly Adjustment[];
  /** DTP*573 line check or remittance date. */
  readonly date?: IsoDate;
  /** AMT*EAF the patient's remaining liability on this line after this payer. */
  readonly remainingPatientLiability?: Cents;
  /** The SVD segment. */
  readonly at: SegmentLocation;
}

/** Loop 2400: one professional service line (LX, SV1, DTP*472). */
export interface ProfessionalLine {
  readonly number: string;
  readonly procedure: Procedure;
  readonly charge: Cents;
  /** SV103 unit basis: UN units, MJ minutes. */
  readonly unit: string;
  readonly units?: number;
  readonly placeOfService?: string;
  /** SV107 diagnosis code pointers (1-based into the claim's diagnoses). */
  readonly diagnosisPointers: readonly number[];
  readonly serviceFrom?: IsoDate;
  readonly serviceTo?: IsoDate;
  readonly lineControlNumber?: string;
  readonly renderingProvider?: Entity;
  readonly adjudications: readonly LineAdjudication[];
  readonly at: SegmentLocation;
}

/** Loop 2320/2330B: another payer on a COB claim. */
export interface OtherPayer {
  /** SBR01 the other payer's responsibility (P, S, T...). */
  readonly responsibility: string;
  /** SBR02 the patient's relationship to the other subscriber (18 self, 01 spouse, 19 child...). */
  readonly relationship?: string;
  /** SBR03 the other subscriber's group or policy number. */
  readonly groupNumber?: string;
  /** SBR04 the other insured's group name. */
  readonly groupName?: string;
  /** SBR09 claim filing indicator code of the other payer (MB, CI...). */
  readonly filingIndicator?: string;
  readonly payer?: Entity;
  readonly subscriber?: Entity;
  /** AMT*D payer paid amount. */
  readonly paid?: Cents;
  /** AMT*EAF remaining patient liability. */
  readonly remainingPatientLiability?: Cents;
  /** 2330B DTP*573 claim check or remittance date. */
  readonly adjudicatedOn?: IsoDate;
  readonly adjustments: readonly Adjustment[];
  /** The 2320 SBR segment. */
  readonly at: SegmentLocation;
}

/** What every 837 claim (loop 2300, professional or institutional) carries, with its parties. */
export interface ClaimHeader {
  /** ST02 of the transaction set that carries it. */
  readonly transactionControlNumber: string;
  readonly billingProvider: BillingProvider;
  readonly subscriber: Subscriber;
  readonly payer: Entity;
  readonly patient?: Patient;
  /** CLM01 patient control number. */
  readonly claimId: string;
  /** CLM02 total claim charge. */
  readonly charge: Cents;
  /** CLM05-3 claim frequency type code (1 original, 7 replacement, 8 void). */
  readonly frequency: string;
  /** REF*F8 payer claim control number (required for frequency 7 and 8). */
  readonly payerClaimControlNumber?: string;
  readonly referringProvider?: Entity;
  readonly renderingProvider?: Entity;
  readonly serviceFacility?: Entity;
  readonly otherPayers: readonly OtherPayer[];
  /** The CLM segment. */
  readonly at: SegmentLocation;
}

/** One 837P claim (loop 2300) with the parties above it, read into plain data (005010X222A1). */
export interface ProfessionalClaim extends ClaimHeader {
  /** CLM05-1 place of service. */
  readonly placeOfService: string;
  /** CLM11-1/-2 related causes: EM employment, AA auto accident, OA other accident. */
  readonly relatedCauses?: readonly string[];
  /** CLM11-4: the state or province of an auto accident. */
  readonly autoAccidentState?: string;
  /** 2300 DTP*431 onset of current illness or symptom. */
  readonly onsetDate?: IsoDate;
  /** 2300 DTP*454 initial treatment. */
  readonly initialTreatmentDate?: IsoDate;
  /** 2300 DTP*439 accident. */
  readonly accidentDate?: IsoDate;
  readonly diagnoses: readonly Diagnosis[];
  readonly lines: readonly ProfessionalLine[];
}
