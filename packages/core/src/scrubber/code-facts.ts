import type { IsoDate } from '../dates/index.ts';
import type { AdministrativeSex, ProcedureCode } from '../identifiers/index.ts';

/**
 * The code-set facts the scrubber's code rules consult, as plain data. Core declares this port
 * and never imports the code sets; `@medbill/codes` implements it over the official files
 * (`codeFactsFrom`), and tests pass a small table. Every answer is for a date of service, so a
 * 2025 claim is checked against the 2025 releases. Codes are dotless (`S52531A`, `99214`).
 */
export interface CodeFacts {
  /** An ICD-10-CM code on a date of service: validity, 7th character, specificity. */
  diagnosis(code: string, dateOfService: IsoDate): DiagnosisFacts;
  /** Excludes1 notes between two codes, either direction (Guidelines I.A.12.a). */
  excludes1(a: string, b: string): readonly Excludes1Fact[];
  /** Sequencing problems of the claim's diagnoses, first-listed first (Guidelines I.A.13, I.C.20). */
  sequencing(codes: readonly string[], dateOfService: IsoDate): readonly SequencingFact[];
  /** Age and sex edits of one code for the patient's age (whole years) and sex on the DOS. */
  ageSex(
    code: string,
    patient: { readonly age: number; readonly sex: AdministrativeSex },
    dateOfService: IsoDate,
  ): readonly AgeSexFact[];
  /** A CPT or HCPCS Level II code on a date of service, with its fee-schedule indicators. */
  procedure(procedure: ProcedureCode, dateOfService: IsoDate): ProcedureFacts;
  /** A CPT or HCPCS Level II modifier on a date of service. */
  modifier(modifier: string, dateOfService: IsoDate): ModifierFacts;
  /** The practitioner MUE for a code on the DOS; `undefined` when none or no table is loaded. */
  mue(code: string, dateOfService: IsoDate): MueFact | undefined;
  /** The NCCI PTP edit between two codes billed the same day, whichever order they come in. */
  ptp(a: string, b: string, dateOfService: IsoDate): PtpAnswer;
  /** Whether a code is an NCCI add-on code on the DOS and which primaries it needs. */
  addOn(code: string, dateOfService: IsoDate): AddOnFact | undefined;
  /** A place-of-service code (CLM05-1, SV105) on the DOS. */
  placeOfService(code: string, dateOfService: IsoDate): PlaceOfServiceFact;
  /** An ICD-10-PCS procedure code (837I HI BBR/BBQ) on the date it was performed. */
  inpatientProcedure(code: string, date: IsoDate): InpatientProcedureFacts;
}

/** `header`: a table heading (fewer than 7 characters), not valid for submission. */
export type InpatientProcedureStatus =
  'valid' | 'header' | 'deleted' | 'not-yet-valid' | 'unknown-code' | 'no-release';

export interface InpatientProcedureFacts {
  readonly code: string;
  readonly status: InpatientProcedureStatus;
  readonly release?: string;
  readonly title?: string;
  /** Why it is not valid, in a coder's words (releases and dates named). */
  readonly message?: string;
}

/** `no-release`: nothing loaded covers the date, so the rule cannot judge and stays silent. */
export type DiagnosisStatus =
  'billable' | 'header' | 'deleted' | 'not-yet-valid' | 'unknown-code' | 'no-release';

export interface DiagnosisFacts {
  readonly code: string;
  readonly status: DiagnosisStatus;
  /** The release in force (`FY2026`), when one is. */
  readonly release?: string;
  readonly title?: string;
  /** For a header: the billable codes below it (dotless). */
  readonly billableChildren: readonly string[];
  /** For a deleted code: its billable successors on the DOS (CDC conversion table). */
  readonly replacements: readonly string[];
  /** Present when the code's category requires a 7th character (Guidelines I.B.16). */
  readonly seventhCharacter?: SeventhCharacterFact;
  /** `laterality`: a side-unspecified code whose siblings name right and left; `code`: NOS. */
  readonly unspecified?: 'laterality' | 'code';
  /**
   * On CMS's POA-exempt list for the date's fiscal year (reported with a blank POA indicator);
   * absent when no list is loaded for the date.
   */
  readonly poaExempt?: boolean;
}

export interface SeventhCharacterFact {
  /** Where the tabular defines the 7th characters (`S52`, `T81.4`). */
  readonly definedAt: string;
  readonly values: readonly { readonly character: string; readonly meaning: string }[];
  /** Complete codes valid on the DOS below the code (dotless), a few for the fix hint. */
  readonly completions: readonly string[];
  /** The code is a valid 7-character code. */
  readonly complete: boolean;
  /** The code with the placeholder X filled in, when the coder left it out (`S0990A` → `S0990XA`). */
  readonly placeholderFix?: string;
}

export interface Excludes1Fact {
  readonly code: string;
  readonly excluded: string;
  readonly noteAt: string;
  readonly noteText: string;
}

export interface SequencingFact {
  readonly kind:
    'external-cause-first' | 'manifestation-first' | 'etiology-after' | 'etiology-missing';
  readonly severity: 'error' | 'warning';
  /** 0-based position in the claim's diagnoses. */
  readonly position: number;
  readonly message: string;
}

export interface AgeSexFact {
  readonly kind: 'age' | 'sex';
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export type ProcedureStatus = 'valid' | 'not-yet-added' | 'terminated' | 'unknown' | 'no-release';

/** CMS MPFS relative value file (PPRRVU) payment-policy indicators of a code. */
export interface FeeScheduleIndicators {
  /** Status code: `A` active, `B` bundled, `I` not valid for Medicare, `X` statutory exclusion… */
  readonly status: string;
  /** PC/TC indicator 0–9. */
  readonly pctc: string;
  /** `000`, `010`, `090`, `XXX`, `YYY`, `ZZZ`, `MMM`. */
  readonly globalDays: string;
  /** Multiple procedure indicator 0–9 (2/3: standard/endoscopic reduction). */
  readonly multipleProcedure: string;
  /** Bilateral surgery indicator 0–3, 9. */
  readonly bilateralSurgery: string;
  /** The component modifiers the file prices the code with (`26`, `TC`). */
  readonly componentModifiers: readonly string[];
}

export interface ProcedureFacts {
  readonly code: string;
  readonly status: ProcedureStatus;
  /** The release the answer comes from (`2026-04`, `RVU25D`). */
  readonly release?: string;
  readonly addDate?: IsoDate;
  readonly terminationDate?: IsoDate;
  readonly fee?: FeeScheduleIndicators;
}

export interface ModifierFacts {
  readonly modifier: string;
  readonly status: ProcedureStatus;
  readonly description?: string;
  readonly terminationDate?: IsoDate;
}

export interface MueFact {
  readonly value: number;
  /** MUE adjudication indicator: 1 line edit, 2 DOS edit (policy), 3 DOS edit (clinical). */
  readonly indicator: 1 | 2 | 3;
  readonly rationale: string;
}

export type PtpAnswer =
  | {
      readonly status: 'edit';
      readonly column1: string;
      readonly column2: string;
      /** 0 never together, 1 a bypass modifier may apply, 9 not applicable. */
      readonly modifierIndicator: 0 | 1 | 9;
      readonly rationale: string;
    }
  | { readonly status: 'none' }
  | { readonly status: 'no-release' };

export interface AddOnFact {
  /** Edit types in force: 1 listed primaries only, 2 contractor-defined, 3 listed or contractor. */
  readonly types: readonly (1 | 2 | 3)[];
  readonly primaries: readonly string[];
}

export type PlaceOfServiceFact =
  | { readonly status: 'valid'; readonly name: string }
  | { readonly status: 'unknown' }
  | { readonly status: 'no-release' };
