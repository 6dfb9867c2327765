import type { StatusCode } from './claim-status-codes.ts';
import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Party, PersonName, Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** One STC: the statuses it carries (STC01, STC10, STC11) and what goes with them. */
export interface StatusInformation {
  /** STC01 first, then STC10 and STC11 when present. */
  readonly statuses: readonly StatusCode[];
  /** STC02 status information effective date. */
  readonly date?: IsoDate;
  /** STC03 action code: `WQ` accepted, `U` rejected (005010X214). */
  readonly action?: string;
  /** STC04 total claim (or line) charge amount. */
  readonly amount?: Cents;
  /** STC12 free-form message text. */
  readonly message?: string;
  readonly at: SegmentLocation;
}

/** QTY/AMT totals of a receiver or provider level: how many claims and how much. */
export interface AckTotals {
  readonly count?: number;
  readonly amount?: Cents;
}

/** A date or date range (DTP D8 or RD8). */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Loop 2220D: the status of one service line. */
export interface LineAck {
  /** SVC01 procedure composite. */
  readonly procedure: Procedure;
  /** SVC02 line item charge amount. */
  readonly charge: Cents;
  readonly revenueCode?: string;
  readonly units?: number;
  readonly statuses: readonly StatusInformation[];
  /** REF*FJ line item control number (the 837 REF*6R). */
  readonly lineControlNumber?: string;
  readonly serviceDate?: DateRange;
  readonly at: SegmentLocation;
}

/** Loops 2000D-2220D: the acknowledgment of one claim. */
export interface ClaimAck {
  /** 2200D TRN02: the patient control number we sent in CLM01. */
  readonly patientControlNumber: string;
  readonly patient?: PersonName;
  readonly statuses: readonly StatusInformation[];
  /** REF*1K payer claim control number. */
  readonly payerClaimControlNumber?: string;
  /** REF*D9 clearinghouse trace number. */
  readonly clearinghouseTraceNumber?: string;
  /** REF*BLT institutional bill type. */
  readonly billType?: string;
  /** REF*EJ patient account number. */
  readonly patientAccountNumber?: string;
  /** DTP*472 claim service dates. */
  readonly serviceDate?: DateRange;
  readonly lines: readonly LineAck[];
  readonly at: SegmentLocation;
}

/** Loops 2000C-2200C: a billing provider and its claims. */
export interface ProviderAck {
  readonly provider: Party;
  /** 2200C TRN02 provider of service information trace identifier. */
  readonly traceNumber?: string;
  readonly statuses: readonly StatusInformation[];
  readonly accepted?: AckTotals;
  readonly rejected?: AckTotals;
  readonly claims: readonly ClaimAck[];
  readonly at: SegmentLocation;
}

/** Loops 2000B-2200B: the information receiver (the submitter) and its providers. */
export interface ReceiverAck {
  readonly receiver: Party;
  /** 2200B TRN02: the BHT03 of the 837 acknowledged. */
  readonly traceNumber?: string;
  readonly statuses: readonly StatusInformation[];
  readonly accepted?: AckTotals;
  readonly rejected?: AckTotals;
  readonly providers: readonly ProviderAck[];
  readonly at: SegmentLocation;
}

/** One 277CA transaction set read into plain data (005010X214). */
export interface ClaimAcknowledgment {
  /** ST02. */
  readonly controlNumber: string;
  /** BHT03 originator application transaction identifier. */
  readonly reference?: string;
  /** BHT04 transaction set creation date. */
  readonly createdOn?: IsoDate;
  /** 2000A-2200A: the information source (payer or clearinghouse) and its receipt. */
  readonly source: {
    readonly party: Party;
    /** 2200A TRN02 transmission receipt control identifier. */
    readonly traceNumber?: string;
    /** DTP*050 date the information source received the claims. */
    readonly receivedOn?: IsoDate;
    /** DTP*009 date it processed them. */
    readonly processedOn?: IsoDate;
  };
  readonly receivers: readonly ReceiverAck[];
  readonly at: SegmentLocation;
}
