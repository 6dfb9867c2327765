/** The API's shapes as the workspace reads them (see /openapi.json). Money is integer cents. */

export type Role = 'admin' | 'manager' | 'biller' | 'coder' | 'front_desk' | 'provider';

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: Role[];
  readonly orgId: string;
  readonly orgName: string;
}

export interface SessionBody {
  readonly user: SessionUser;
  readonly csrfToken: string;
  readonly idleTimeoutSeconds: number;
}

export type ProcedureSystem = 'cpt' | 'hcpcs';

export interface ServiceLine {
  readonly id: string;
  readonly sequence: number;
  readonly procedureCode: { readonly system: ProcedureSystem; readonly code: string };
  readonly modifiers: string[];
  readonly units: number;
  readonly charge: number;
  readonly chargeEntered: boolean;
  readonly diagnosisPointers: number[];
  readonly serviceDate: string;
  readonly ndc?: unknown;
}

export type EncounterStatus = 'open' | 'coded' | 'on_hold' | 'billed';

export interface Encounter {
  readonly id: string;
  readonly status: EncounterStatus;
  readonly patientId: string;
  readonly practiceId: string;
  readonly renderingProviderId: string;
  readonly referringProviderId?: string;
  readonly supervisingProviderId?: string;
  readonly facilityId?: string;
  readonly placeOfService: string;
  readonly serviceDateFrom: string;
  readonly serviceDateTo: string;
  readonly documentation: string;
  readonly diagnoses: string[];
  readonly lines: ServiceLine[];
  readonly conditions: ClaimConditions;
}

/** CLM11 related causes: employment, auto accident, other accident (CMS-1500 box 10a–c). */
export type RelatedCause = 'EM' | 'AA' | 'OA';

/** What the condition is related to, and its dates (boxes 10, 14, 15). */
export interface ClaimConditions {
  readonly relatedCauses: readonly RelatedCause[];
  readonly accidentState?: string;
  readonly accidentDate?: string;
  readonly onsetDate?: string;
  readonly initialTreatmentDate?: string;
}

export interface Patient {
  readonly id: string;
  readonly accountNumber: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly dateOfBirth: string;
  readonly sex: string;
}

export interface Provider {
  readonly id: string;
  readonly lastName: string;
  readonly firstName: string;
  readonly npi: string;
}

/** X12 claim filing indicator (837 SBR09): MB Medicare Part B, MA Part A, MC Medicaid, CI commercial, … */
export type ClaimFilingIndicator = string;

export interface Address {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  readonly state: string;
  readonly zip: string;
}

export interface Payer {
  readonly id: string;
  readonly name: string;
  readonly payerId: string;
  readonly claimFilingIndicator: ClaimFilingIndicator;
  readonly timelyFilingDays: number;
  readonly claimForm: 'electronic' | 'paper';
  readonly address?: Address;
  /** Days a sent claim may wait for an answer before it goes to the follow-up queue (30). */
  readonly followUpDays?: number;
  /** The clearinghouse its claims go through; absent: sent to the payer directly. */
  readonly receiverId?: string;
}

/** A clearinghouse (receiver of 837 files) and the IDs it assigned to the practice. */
export interface Receiver {
  readonly id: string;
  readonly name: string;
  readonly receiverId: string;
  readonly interchangeSenderQualifier: string;
  readonly interchangeSenderId: string;
  readonly interchangeReceiverQualifier: string;
  readonly interchangeReceiverId: string;
  readonly applicationSenderCode: string;
  readonly applicationReceiverCode: string;
  readonly submitterName: string;
  readonly submitterId: string;
  readonly submitterContactName: string;
  readonly submitterPhone: string;
}

export type CodeSystem = 'icd10cm' | 'hcpcs' | 'cpt';

export interface EncoderHit {
  readonly system: CodeSystem;
  readonly code: string;
  readonly display: string;
  readonly title: string;
  readonly billable: boolean;
  readonly hint?: string;
}

export interface SeventhCharacter {
  readonly required: boolean;
  readonly values: { readonly character: string; readonly meaning: string }[];
  readonly completions: string[];
}

export type Severity = 'reject' | 'deny' | 'warn';

export interface ScrubIssue {
  readonly ruleId: string;
  readonly category: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fix: string;
  readonly source: string;
  readonly location:
    { readonly scope: 'claim' } | { readonly scope: 'line'; readonly line: number };
  readonly field: string;
}

export interface ScrubPreview {
  readonly claims: { readonly payerId: string; readonly issues: ScrubIssue[] }[];
  readonly skipped: { readonly encounterId: string; readonly reason: string }[];
}

export const CLAIM_STATUSES = [
  'draft',
  'ready',
  'in_batch',
  'submitted',
  'crossed_over',
  'accepted',
  'rejected',
  'paid',
  'partially_paid',
  'denied',
  'closed',
  'void',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface ClaimRow {
  readonly id: string;
  readonly claimNumber: string;
  readonly status: ClaimStatus;
  readonly serviceDateFrom: string;
  readonly totalCharge: number;
  readonly patientId: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly payerName: string;
  readonly providerName: string;
  readonly ageDays: number;
  readonly problems: number;
  readonly warnings: number;
  readonly topRuleId?: string;
}

/** What a corrected claim bills on a line instead of the encounter's service line. */
export interface BilledOverride {
  readonly procedureCode?: string;
  readonly modifiers?: string[];
  readonly units?: number;
  readonly charge?: number;
  /** The date of service a corrected version bills, when not the encounter's. */
  readonly serviceDate?: string;
}

export interface ClaimLine {
  readonly sequence: number;
  readonly serviceLineId: string;
  readonly encounterId: string;
  readonly controlNumber: string;
  readonly diagnosisPointers: number[];
  readonly billed?: BilledOverride;
  readonly balance: number;
}

export interface ClaimEvent {
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string | null;
  readonly fromStatus?: ClaimStatus;
  readonly toStatus: ClaimStatus;
  readonly reason: string;
}

export interface Adjustment {
  readonly group: string;
  readonly reason: string;
  readonly amount: number;
}

/** An earlier payer's adjudication that a secondary or tertiary claim carries (COB). */
export interface PriorPayer {
  readonly position: number;
  readonly priorClaimId: string;
  readonly coverageId: string;
  readonly responsibility: 'P' | 'S' | 'T';
  readonly adjudicatedOn: string;
  readonly paid: number;
  readonly patientResponsibility: number;
  readonly claimAdjustments: Adjustment[];
  readonly lines: {
    readonly sequence: number;
    readonly procedureCode: string;
    readonly modifiers: string[];
    readonly units?: number;
    readonly paid: number;
    readonly adjustments: Adjustment[];
  }[];
}

export interface ClaimDetail {
  readonly id: string;
  /** Professional (837P, CMS-1500) or institutional (837I, UB-04). */
  readonly kind: 'professional' | 'institutional';
  readonly claimNumber: string;
  readonly patientId: string;
  readonly coverageId: string;
  readonly payerId: string;
  readonly status: ClaimStatus;
  readonly version: number;
  readonly frequency: '1' | '7' | '8';
  readonly payerClaimNumber?: string;
  /** The rendering provider; a facility claim's attending (FL 76). */
  readonly renderingProviderId: string;
  /** Place of service (837P); a facility claim's facility type (FL 4 digits 1-2). */
  readonly placeOfService: string;
  readonly serviceDateFrom: string;
  readonly serviceDateTo: string;
  readonly diagnoses: string[];
  /** What the condition is related to (837P CLM11, boxes 10, 14, 15). */
  readonly conditions: ClaimConditions;
  readonly totalCharge: number;
  readonly lines: ClaimLine[];
  readonly events: ClaimEvent[];
  readonly issues: ScrubIssue[];
  readonly balance: number;
  readonly payerBalance: number;
  /** The version this one corrects or voids. */
  readonly previousVersionId?: string;
  /** The version that corrected or voided this one. */
  readonly replacedBy?: {
    readonly id: string;
    readonly claimNumber: string;
    readonly frequency: '7' | '8';
  };
  readonly priorPayers: PriorPayer[];
}

/** What POST /claims/{id}/correct and /void answer: the new version. */
export interface ClaimReplacement {
  readonly id: string;
  readonly claimNumber: string;
}

export interface BuiltClaims {
  readonly claims: { readonly id: string; readonly claimNumber: string; readonly status: string }[];
  /** Visits with no coverage in force, charged to the patient instead of billed. */
  readonly selfPay: { readonly encounterId: string; readonly totalCharge: number }[];
  readonly skipped: { readonly encounterId: string; readonly reason: string }[];
}

export interface ScrubOutcome {
  readonly claimId: string;
  readonly claimNumber: string;
  readonly status: string;
  readonly issues: ScrubIssue[];
}

export interface Batch {
  readonly id: string;
  readonly fileName: string;
  readonly receiverName: string;
  readonly claimCount: number;
  readonly totalCharge: number;
  readonly createdAt: string;
}

export interface BatchResult {
  readonly batches: {
    readonly id: string;
    readonly fileName: string;
    readonly receiver: string;
    readonly claims: number;
    readonly totalCharge: number;
  }[];
}

export interface EraImport {
  readonly alreadyImported: boolean;
  readonly fileId: string;
  readonly payerName: string;
  readonly payment: number;
  readonly claims: number;
  readonly posted: {
    readonly claimNumber: string;
    readonly paid: number;
    readonly status: string;
  }[];
  readonly denials: number;
  readonly unmatched: number;
  readonly providerAdjustments: number;
}

export type WorklistKind =
  | 'denial'
  | 'unmatched_remittance'
  | 'unmatched_acknowledgment'
  | 'rejection'
  | 'follow_up'
  | 'credit_balance'
  | 'secondary_correction';

/** Where a work item came from (the server names the file, batch, receipt or claim). */
export type WorklistOrigin =
  | {
      readonly kind: 'remittance';
      readonly fileId: string;
      readonly fileName: string;
      readonly payerName: string;
      readonly traceNumbers: string[];
      readonly importedAt: string;
    }
  | {
      readonly kind: 'acknowledgment';
      readonly fileId: string;
      readonly fileName: string;
      readonly type: '999' | '277CA';
      readonly importedAt: string;
    }
  | {
      readonly kind: 'batch';
      readonly batchId: string;
      readonly fileName: string;
      readonly sentAt: string;
    }
  | {
      readonly kind: 'receipt';
      readonly receiptId: string;
      readonly patientId: string;
      readonly receivedOn: string;
      readonly method: string;
      readonly amount: number;
    }
  | { readonly kind: 'claim'; readonly claimId: string; readonly claimNumber: string };

export interface WorklistItem {
  readonly id: string;
  readonly kind: WorklistKind;
  readonly claimId?: string;
  readonly source: string;
  readonly summary: string;
  readonly detail: unknown;
  readonly amount?: number;
  readonly status: 'open' | 'resolved';
  readonly createdAt: string;
  readonly claimNumber?: string;
  readonly claimStatus?: ClaimStatus;
  /** The claim's first date of service. */
  readonly serviceDate?: string;
  /** Days from the date of service (claims), or since the item was listed. */
  readonly ageDays?: number;
  readonly payerName?: string;
  readonly patient?: { readonly id: string; readonly name: string; readonly accountNumber: string };
  /** `id` absent for a name typed before the colleague picker. */
  readonly assignedTo?: { readonly id?: string; readonly name: string };
  readonly origin?: WorklistOrigin;
  /** A denial's CAS group and reason codes in words (CARC). */
  readonly reasons?: CodeInWords[];
  /** A denial's remark codes in words (RARC). */
  readonly remarks?: CodeInWords[];
}

export interface CodeInWords {
  readonly code: string;
  readonly text?: string;
}
