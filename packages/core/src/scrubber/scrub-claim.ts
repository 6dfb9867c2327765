import type { IsoDate } from '../dates/index.ts';
import type {
  AdministrativeSex,
  CoverageOrder,
  NdcUnit,
  ProcedureCode,
} from '../identifiers/index.ts';
import type { Cents } from '../money/index.ts';

/**
 * A claim as the scrubber sees it: plain data, the same whether it was built from medbill's
 * encounters or read from an 837 file an EHR sent. Values are as they would go on the 837,
 * not yet validated: the rules are what validate them, so text fields stay text.
 */
export interface ScrubClaim {
  /** Patient control number (CLM01), to name the claim in messages. */
  readonly claimNumber: string;
  readonly kind: 'professional' | 'institutional';
  readonly frequency: string;
  /** REF*F8: the payer's claim number, required on replacement (7) and void (8) claims. */
  readonly payerClaimNumber?: string;
  readonly billingProvider: {
    readonly name: string;
    readonly npi: string;
    readonly tin: string;
    readonly taxonomy?: string;
    readonly zip: string;
  };
  readonly renderingProvider?: { readonly npi: string; readonly taxonomy?: string };
  readonly payer: {
    readonly name: string;
    readonly payerId: string;
    readonly claimFilingIndicator: string;
    /** Days from the date of service the payer accepts a claim; unknown when absent. */
    readonly timelyFilingDays?: number;
  };
  readonly subscriber: {
    readonly memberId: string;
    readonly lastName?: string;
    readonly firstName?: string;
    readonly dateOfBirth?: IsoDate;
  };
  /** The patient's relationship to the subscriber (SBR02 / PAT01); 18 = self. */
  readonly relationship: string;
  readonly patient: {
    readonly accountNumber: string;
    readonly dateOfBirth: IsoDate;
    readonly sex: AdministrativeSex;
  };
  /** The coverage the claim is billed to, with its dates; absent for claims read from files. */
  readonly coverage?: {
    readonly order: CoverageOrder;
    readonly effectiveFrom: IsoDate;
    readonly effectiveTo?: IsoDate;
  };
  readonly placeOfService: string;
  readonly serviceDateFrom: IsoDate;
  readonly serviceDateTo: IsoDate;
  /** CLM11 related causes (CMS-1500 box 10) and the accident and onset dates (DTP). */
  readonly conditions?: ScrubConditions;
  readonly priorAuthorization?: string;
  /** ICD-10-CM codes without dots, in order; position 1 is the principal/first-listed. */
  readonly diagnoses: readonly string[];
  readonly lines: readonly ScrubLine[];
  /** For secondary/tertiary claims: what the earlier payers did (2320/2430). */
  readonly priorPayers?: readonly PriorPayerAdjudication[];
  /**
   * What only an institutional claim (837I, UB-04) carries. Its revenue-code lines are here,
   * not in `lines`, which holds professional service lines (SV1) only.
   */
  readonly institutional?: InstitutionalScrubFacts;
}

/** CLM11 and the 2300 dates that go with it, as the claim reports them (codes not yet checked). */
export interface ScrubConditions {
  /** CLM11-1/-2: EM employment, AA auto accident, OA other accident. */
  readonly relatedCauses: readonly string[];
  /** CLM11-4: where an auto accident happened. */
  readonly accidentState?: string | undefined;
  /** DTP*439. */
  readonly accidentDate?: IsoDate | undefined;
  /** DTP*431 onset of current illness or symptom (box 14). */
  readonly onsetDate?: IsoDate | undefined;
  /** DTP*454 initial treatment (box 15). */
  readonly initialTreatmentDate?: IsoDate | undefined;
}

/** The UB-04 facts of an institutional claim (837I 2300 CLM05, DTP, CL1, HI; 2400 SV2). */
export interface InstitutionalScrubFacts {
  /** CLM05-1: the type of bill's first two digits (`11` hospital inpatient, `13` outpatient). */
  readonly facilityType: string;
  /** DTP*434 statement covers period (FL 6). */
  readonly statementFrom?: IsoDate;
  readonly statementTo?: IsoDate;
  /** DTP*435 admission or start-of-care date (FL 12). */
  readonly admissionDate?: IsoDate;
  /** CL101 priority of admission (FL 14), CL102 point of origin (FL 15), CL103 status (FL 17). */
  readonly admissionType?: string;
  readonly pointOfOrigin?: string;
  readonly patientStatus?: string;
  /** HI ABJ admitting diagnosis (FL 69), dotless. */
  readonly admittingDiagnosis?: string;
  /** HI BH occurrence codes and their dates (FL 31-34): 01-06 say an accident or crime. */
  readonly occurrences: readonly { readonly code: string; readonly date?: IsoDate | undefined }[];
  /** The present-on-admission indicator of each of the claim's `diagnoses`, by position. */
  readonly presentOnAdmission: readonly (string | undefined)[];
  /** HI BBR/BBQ ICD-10-PCS procedures (FL 74), principal first. */
  readonly procedures: readonly {
    readonly code: string;
    readonly principal: boolean;
    readonly date?: IsoDate;
  }[];
  readonly lines: readonly InstitutionalScrubLine[];
}

/** Loop 2400 of an 837I: one revenue-code line (SV2, DTP*472). */
export interface InstitutionalScrubLine {
  /** SV201 (FL 42), four digits. */
  readonly revenueCode: string;
  /** SV202 HCPCS/CPT (FL 44), when the line has one. */
  readonly procedure?: ProcedureCode;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly charge: Cents;
  /** DTP*472 (FL 45). */
  readonly serviceDate?: IsoDate;
}

export interface ScrubLine {
  readonly procedure: ProcedureCode;
  readonly modifiers: readonly string[];
  readonly units: number;
  readonly charge: Cents;
  /** The fee schedule's price for the line, when one applies. */
  readonly scheduledCharge?: Cents;
  /** True when a person chose a charge other than the fee schedule's. */
  readonly chargeOverridden?: boolean;
  /** 1-based positions in the claim's diagnoses. */
  readonly diagnosisPointers: readonly number[];
  readonly serviceDate: IsoDate;
  readonly placeOfService?: string;
  readonly renderingProviderNpi?: string;
  readonly ndc?: { readonly code: string; readonly quantity: number; readonly unit: NdcUnit };
}

export interface PriorPayerAdjudication {
  readonly payerId: string;
  readonly order: CoverageOrder;
  readonly paid: Cents;
  readonly adjudicatedOn?: IsoDate;
  /** Line-level adjudication present (2430), per claim line number. */
  readonly lines: readonly { readonly line: number; readonly paid: Cents }[];
}
