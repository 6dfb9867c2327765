import type { DateRange } from './claim-ack.ts';
import type { Address } from './claim-837p.ts';
import type { SegmentLocation } from './issue.ts';
import type { Cents } from './money.ts';
import type { Party, PersonName, Procedure } from './remittance.ts';
import type { IsoDate } from './x12-date.ts';

/** AAA: why the information source could not answer (part of) the request. */
export interface Rejection {
  /** AAA01: `true` when the request was valid but could not be processed. */
  readonly validRequest: boolean;
  /** AAA03 reject reason code (e.g. `72` invalid/missing subscriber ID). */
  readonly reason: string;
  /** AAA04 follow-up action code (e.g. `C` correct and resubmit). */
  readonly followUp?: string;
  readonly at: SegmentLocation;
}

/** A DTP date or period with its qualifier (e.g. `346` plan begin, `291` plan). */
export interface QualifiedDate {
  readonly qualifier: string;
  readonly period: DateRange;
}

/** A REF identifier with its qualifier (e.g. `6P` group number, `18` plan number). */
export interface QualifiedReference {
  readonly qualifier: string;
  readonly value: string;
  readonly description?: string;
}

/** PER contact: name and communication numbers (TE phone, FX fax, UR web site...). */
export interface Contact {
  readonly name?: string;
  readonly numbers: readonly { readonly qualifier: string; readonly value: string }[];
}

/** Loop 2120C/D: an entity a benefit names (primary care provider, other payer...). */
export interface RelatedEntity {
  /** NM101, e.g. `P3` primary care provider, `PR` payer, `1P` provider. */
  readonly role: string;
  readonly party: Party;
  readonly address?: Address;
  readonly contacts: readonly Contact[];
}

/** Loop 2110C/D: one EB eligibility or benefit information segment and what follows it. */
export interface Benefit {
  /** EB01, e.g. `1` active coverage, `B` co-payment, `C` deductible. */
  readonly code: string;
  /** EB02, e.g. `IND` individual, `FAM` family. */
  readonly coverageLevel?: string;
  /** EB03 service type codes (repeating), e.g. `30` health benefit plan coverage. */
  readonly serviceTypes: readonly string[];
  /** EB04, e.g. `HM` HMO. */
  readonly insuranceType?: string;
  /** EB05 plan coverage description. */
  readonly planDescription?: string;
  /** EB06, e.g. `27` visit, `23` calendar year. */
  readonly timePeriod?: string;
  /** EB07. */
  readonly amount?: Cents;
  /** EB08 as a percentage (`.2` is 20), converted from the decimal text without rounding. */
  readonly percent?: number;
  /** EB09/EB10, e.g. `VS` visits 20. */
  readonly quantity?: { readonly qualifier: string; readonly value: number };
  /** EB11 authorization or certification required: Y, N or U. */
  readonly authorizationRequired?: string;
  /** EB12 in plan network: Y, N, U or W (not applicable). */
  readonly inPlanNetwork?: string;
  /** EB13 procedure the benefit applies to. */
  readonly procedure?: Procedure;
  readonly references: readonly QualifiedReference[];
  readonly dates: readonly QualifiedDate[];
  /** MSG free-form messages. */
  readonly messages: readonly string[];
  readonly rejections: readonly Rejection[];
  readonly relatedEntities: readonly RelatedEntity[];
  readonly at: SegmentLocation;
}

/** TRN trace: `1` trace of the responder, `2` the 270's trace echoed back. */
export interface Trace {
  readonly type: string;
  readonly number: string;
  /** TRN03 originating company identifier. */
  readonly originator?: string;
}

/** Loops 2000C/2100C or 2000D/2100D: a subscriber or dependent and their benefits. */
export interface EligibilityMember {
  readonly traces: readonly Trace[];
  readonly name: PersonName;
  readonly address?: Address;
  /** DMG02. */
  readonly birthDate?: IsoDate;
  /** DMG03: F, M or U. */
  readonly gender?: string;
  /** INS02 relationship to the subscriber (dependents, e.g. `19` child). */
  readonly relationship?: string;
  readonly references: readonly QualifiedReference[];
  readonly dates: readonly QualifiedDate[];
  readonly rejections: readonly Rejection[];
  readonly benefits: readonly Benefit[];
  readonly at: SegmentLocation;
}

/** Loop 2000C: a subscriber and their dependents (2000D). */
export interface EligibilitySubscriber extends EligibilityMember {
  readonly dependents: readonly EligibilityMember[];
}

/** Loops 2000B/2100B: the information receiver (the provider who asked). */
export interface EligibilityReceiver {
  readonly party: Party;
  readonly rejections: readonly Rejection[];
  readonly subscribers: readonly EligibilitySubscriber[];
  readonly at: SegmentLocation;
}

/** Loops 2000A/2100A: the information source (the payer) and its answers. */
export interface EligibilitySource {
  readonly party: Party;
  readonly contacts: readonly Contact[];
  readonly rejections: readonly Rejection[];
  readonly receivers: readonly EligibilityReceiver[];
  readonly at: SegmentLocation;
}

/** One 271 transaction set read into plain data (005010X279A1). */
export interface EligibilityResponse {
  /** ST02. */
  readonly controlNumber: string;
  /** BHT03 reference of the 270 answered (or of the 271 itself). */
  readonly reference?: string;
  /** BHT04. */
  readonly createdOn?: IsoDate;
  readonly sources: readonly EligibilitySource[];
  readonly at: SegmentLocation;
}
