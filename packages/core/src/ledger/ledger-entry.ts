import type { IsoDate } from '../dates/index.ts';
import type { Cents } from '../money/index.ts';

/**
 * Who owes a line's balance: a payer (by the coverage it was billed under) or the patient
 * (the guarantor's account).
 */
export type Party =
  { readonly kind: 'payer'; readonly coverageId: string } | { readonly kind: 'patient' };

/** X12 CAS claim adjustment group codes (835 CAS01). */
export type AdjustmentGroup = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

/** The X12 names of the groups (element 1033, Claim Adjustment Group Code). */
export const ADJUSTMENT_GROUP_LABELS: Readonly<Record<AdjustmentGroup, string>> = {
  CO: 'Contractual Obligations',
  CR: 'Corrections and Reversals',
  OA: 'Other adjustments',
  PI: 'Payor Initiated Reductions',
  PR: 'Patient Responsibility',
};

/**
 * The patient's account as a place money can sit: a payment taken before anything is charged
 * (a copay at check-in) waits there until it is applied to a service line.
 */
export const accountLineId = (patientId: string): string => `account:${patientId}`;

/** The patient whose account `lineId` is, or nothing when it is a service line. */
export const accountPatientOf = (lineId: string): string | undefined =>
  lineId.startsWith('account:') ? lineId.slice('account:'.length) : undefined;

/**
 * The payer's account as a place money can sit: what an 835 moves at provider level (PLB) —
 * interest paid, an overpayment recovered, a balance forwarded — belongs to no service line.
 */
export const payerAccountLineId = (payerId: string): string => `payer-account:${payerId}`;

/** The payer whose account `lineId` is, or nothing when it is a service line or a patient's account. */
export const payerAccountOf = (lineId: string): string | undefined =>
  lineId.startsWith('payer-account:') ? lineId.slice('payer-account:'.length) : undefined;

/**
 * Which way a provider-level adjustment moved the deposit: `withheld` from it (a positive PLB
 * amount: a recoupment) or `added` to it (a negative one: interest).
 */
export type ProviderAdjustmentDirection = 'withheld' | 'added';

interface EntryBase {
  readonly id: string;
  /**
   * The service line the money belongs to, the patient's account ({@link accountLineId}) for
   * a payment not yet applied to a line, or the payer's account ({@link payerAccountLineId}) for
   * money an 835 moved at provider level. Every applied dollar in medbill belongs to a line.
   */
  readonly lineId: string;
  /** The accounting date (date of posting or of the payer's check), not an instant. */
  readonly postedOn: IsoDate;
  /** A positive amount; the kind says which way it moves a balance. */
  readonly amount: Cents;
}

/**
 * One append-only ledger entry. Nothing is ever updated or deleted: a correction is a
 * `reversal` of the wrong entry followed by the right one.
 */
export type LedgerEntry =
  /**
   * The line's charge, owed at first by the party billed. A `supplement` adds to a line's
   * active charge: a corrected claim (frequency 7) that raises what the line bills.
   */
  | (EntryBase & { readonly kind: 'charge'; readonly party: Party; readonly supplement?: true })
  /** Money received from a party: a payer's remittance or a patient's payment. */
  | (EntryBase & {
      readonly kind: 'payment';
      readonly party: Party;
      /** True when the payment knowingly exceeds what the party owed (a credit balance). */
      readonly overpayment?: boolean;
    })
  /** A reduction of what a party owes: a contractual write-off, a denial write-off, a discount. */
  | (EntryBase & {
      readonly kind: 'adjustment';
      readonly party: Party;
      readonly group: AdjustmentGroup;
      /** CARC, e.g. 45 (charge exceeds fee schedule), or a practice reason code. */
      readonly reason: string;
    })
  /** Responsibility moving between parties: primary to secondary, insurance to patient. */
  | (EntryBase & { readonly kind: 'transfer'; readonly from: Party; readonly to: Party })
  /** Money given back to a party who overpaid (it restores what the party is owed back). */
  | (EntryBase & { readonly kind: 'refund'; readonly party: Party })
  /**
   * Credit on the patient's account used (it raises the account back toward zero), always posted
   * with a payment of the same amount on the service line it is applied to.
   */
  | (EntryBase & { readonly kind: 'application'; readonly party: Party })
  /**
   * An 835 provider-level adjustment (PLB) on the payer's account: money the payer withheld from
   * a deposit or added to it. It changes no line's balance; it makes the ledger's money from a
   * remittance equal its deposit (BPR02).
   */
  | (EntryBase & {
      readonly kind: 'provider_adjustment';
      readonly direction: ProviderAdjustmentDirection;
      /** PLB03-1: L6 interest owed, WO overpayment recovery, FB forwarding balance… */
      readonly reason: string;
      /** PLB03-2: the payer's reference (often the claim recouped), when sent. */
      readonly reference?: string;
    })
  /** Cancels an earlier entry exactly; used for takebacks (835 CLP02 = 22) and corrections. */
  | (EntryBase & { readonly kind: 'reversal'; readonly reverses: string });

export type EntryKind = LedgerEntry['kind'];

export const partyKey = (party: Party): string =>
  party.kind === 'patient' ? 'patient' : `payer:${party.coverageId}`;
