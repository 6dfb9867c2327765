import type { IsoDate } from '../dates/index.ts';
import type { AdjustmentGroup } from '../ledger/index.ts';
import type { Cents } from '../money/index.ts';

/** One CAS adjustment (835 CAS01 group, CAS02/05/... reason, CAS03/06/... amount). */
export interface RemitAdjustment {
  readonly group: AdjustmentGroup;
  /** CARC, e.g. 45, 1 (deductible), 2 (coinsurance), 3 (copay), 97. */
  readonly reason: string;
  /** Positive reduces what the payer pays; negative amounts appear on reversals. */
  readonly amount: Cents;
  readonly quantity?: number;
}

/** An 835 service line (loop 2110), in the plain data posting needs. */
export interface RemitLine {
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  /**
   * SVC06: the procedure as billed, when the payer adjudicated it under another code (SVC01):
   * re-coded, bundled into another line or unbundled into several (TR3 1.10.2.6).
   */
  readonly submitted?: { readonly procedureCode: string; readonly modifiers: readonly string[] };
  readonly charge: Cents;
  readonly paid: Cents;
  readonly units?: number;
  readonly serviceDate?: IsoDate;
  /** REF*6R: the line item control number medbill sent in the 837 (2400 REF*6R). */
  readonly lineControlNumber?: string;
  readonly adjustments: readonly RemitAdjustment[];
  /** RARC from LQ*HE. */
  readonly remarks: readonly string[];
}

/** CLP02 claim status codes (835 TR3 005010X221A1). */
export type RemitClaimStatus = '1' | '2' | '3' | '4' | '19' | '20' | '21' | '22' | '23' | '25';

/** An 835 claim payment (loop 2100). */
export interface RemitClaim {
  /** CLP01: the patient control number medbill sent as CLM01. */
  readonly patientControlNumber: string;
  readonly status: RemitClaimStatus;
  readonly charge: Cents;
  readonly paid: Cents;
  readonly patientResponsibility: Cents;
  /** CLP07: the payer's claim control number. */
  readonly payerClaimNumber?: string;
  readonly adjustments: readonly RemitAdjustment[];
  readonly lines: readonly RemitLine[];
  readonly remarks: readonly string[];
}
