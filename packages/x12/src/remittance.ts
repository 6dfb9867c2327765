import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { IsoDate } from './x12-date.ts';

/*
 * The optional facts of adjustments, procedures, persons, service lines and claims are typed
 * `?: T | undefined`: the 835 reader gives every object of a kind the same properties, those it
 * did not find set to `undefined`, so that V8 gives them one shape and the code reading hundreds
 * of thousands of them stays monomorphic (~7 % of reading a large 835). `JSON.stringify` leaves
 * the `undefined` ones out.
 */

/** CAS01 claim adjustment group code (005010X221A1 2100/2110 CAS). */
export type AdjustmentGroup = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

/** One CAS reason/amount/quantity triplet, flattened with its group. */
export interface Adjustment {
  readonly group: AdjustmentGroup;
  /** CARC, claim adjustment reason code. */
  readonly reason: string;
  readonly amount: Cents;
  readonly quantity?: number | undefined;
}

/** A procedure composite (SVC01 / SVC06, C003): qualifier HC/AD/ER/IV/N4/NU..., code, modifiers. */
export interface Procedure {
  readonly qualifier: string;
  readonly code: string;
  readonly modifiers: readonly string[];
  readonly description?: string | undefined;
}

/** A name and identifier (N1 or NM1). */
export interface Party {
  readonly name: string;
  readonly idQualifier?: string;
  readonly id?: string;
}

/** A person named in 2100 NM1 (QC patient, IL insured, 82 rendering provider). */
export interface PersonName {
  readonly lastName: string;
  readonly firstName?: string | undefined;
  readonly idQualifier?: string | undefined;
  readonly id?: string | undefined;
}

/** Loop 2110: one adjudicated service line. */
export interface RemittanceServiceLine {
  readonly procedure: Procedure;
  /** SVC02 line item charge. */
  readonly charge: Cents;
  /** SVC03 line item provider payment. */
  readonly paid: Cents;
  readonly revenueCode?: string | undefined;
  /** SVC05 units of service paid. */
  readonly units?: number | undefined;
  /** SVC06: the procedure as submitted, when the payer changed it. */
  readonly submittedProcedure?: Procedure | undefined;
  readonly serviceDate?: IsoDate | undefined;
  readonly serviceFrom?: IsoDate | undefined;
  readonly serviceTo?: IsoDate | undefined;
  /** REF*6R line item control number (the 837 REF*6R echoed back). */
  readonly lineControlNumber?: string | undefined;
  /** AMT*B6 allowed amount. */
  readonly allowed?: Cents | undefined;
  readonly adjustments: readonly Adjustment[];
  /** LQ*HE remittance advice remark codes (RARC). */
  readonly remarkCodes: readonly string[];
  readonly at: SegmentLocation;
}

/** Loop 2100: one claim payment. */
export interface RemittanceClaim {
  /** CLP01 patient control number (the 837 CLM01). */
  readonly patientControlNumber: string;
  /** CLP02 claim status code (1, 2, 3, 4, 19, 20, 21, 22, 23, 25). */
  readonly status: string;
  readonly charge: Cents;
  readonly paid: Cents;
  readonly patientResponsibility?: Cents | undefined;
  /** CLP06 claim filing indicator code. */
  readonly filingIndicator?: string | undefined;
  /** CLP07 payer claim control number. */
  readonly payerClaimControlNumber?: string | undefined;
  readonly facilityType?: string | undefined;
  readonly frequency?: string | undefined;
  readonly patient?: PersonName | undefined;
  readonly insured?: PersonName | undefined;
  readonly renderingProvider?: PersonName | undefined;
  readonly statementFrom?: IsoDate | undefined;
  readonly statementTo?: IsoDate | undefined;
  readonly received?: IsoDate | undefined;
  /** AMT*AU coverage amount. */
  readonly coverageAmount?: Cents | undefined;
  /** AMT*I interest included in CLP04. */
  readonly interest?: Cents | undefined;
  /** MOA03..MOA07 outpatient remittance advice remark codes (RARC) at claim level. */
  readonly remarkCodes: readonly string[];
  readonly adjustments: readonly Adjustment[];
  readonly serviceLines: readonly RemittanceServiceLine[];
  readonly at: SegmentLocation;
}

/** PLB: one provider-level adjustment (a reason/amount pair). */
export interface ProviderAdjustment {
  readonly providerId: string;
  readonly fiscalPeriodDate?: IsoDate;
  /** PLB03-1 adjustment reason code (e.g. WO, L6, FB, 72). */
  readonly reason: string;
  readonly reference?: string;
  /** Positive reduces the payment, negative increases it. */
  readonly amount: Cents;
  readonly at: SegmentLocation;
}

/** BPR: the payment itself. */
export interface Payment {
  /** BPR01 transaction handling code (C payment + advice, H advice only, I remittance only...). */
  readonly handling: string;
  readonly amount: Cents;
  /** BPR03 C credit or D debit. */
  readonly creditDebit: string;
  /** BPR04 payment method: ACH, BOP, CHK, FWT, NON. */
  readonly method: string;
  /** BPR16 check issue or EFT effective date. */
  readonly date?: IsoDate;
}

/** One 835 transaction set read into plain data (005010X221A1). */
export interface Remittance {
  /** ST02. */
  readonly controlNumber: string;
  readonly payment: Payment;
  /** TRN: check or EFT trace number. */
  readonly trace?: { readonly type: string; readonly number: string; readonly originator?: string };
  /** DTM*405 production date. */
  readonly productionDate?: IsoDate;
  readonly payer: Party;
  readonly payee: Party;
  readonly claims: readonly RemittanceClaim[];
  readonly providerAdjustments: readonly ProviderAdjustment[];
  readonly at: SegmentLocation;
}

/** An 835's transaction-level facts, which come before its claims: all of it but claims and PLB. */
export type RemittanceHeader = Omit<Remittance, 'claims' | 'providerAdjustments'>;

/** One claim payment (loop 2100 with its 2110 lines) as soon as it is read, with its 835's header. */
export interface RemittanceClaimItem {
  readonly kind: 'claim';
  readonly remittance: RemittanceHeader;
  readonly claim: RemittanceClaim;
}

/** The end of one 835: its provider-level adjustments (PLB) and what its claims came to. */
export interface RemittanceEndItem {
  readonly kind: 'end';
  readonly remittance: RemittanceHeader;
  readonly claimCount: number;
  /** Σ CLP04 over the transaction's claims. */
  readonly claimsPaid: Cents;
  readonly providerAdjustments: readonly ProviderAdjustment[];
}

/** What the claim-by-claim 835 reader hands back, in file order. */
export type RemittanceItem = RemittanceClaimItem | RemittanceEndItem;
