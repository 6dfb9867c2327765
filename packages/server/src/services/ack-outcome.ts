import type { StatusCategoryOutcome } from '@medbill/x12';

/** What one claim's acknowledgment did, for the biller. */
export interface ClaimAckOutcome {
  readonly claimNumber: string;
  readonly outcome: StatusCategoryOutcome;
  /** The claim's status after the import. */
  readonly status: string;
  /** Why, in words (the rejection reasons, or why the claim could not move). */
  readonly reasons: readonly string[];
}

/** What an acknowledgment import did: per transaction set (999) and per claim. */
export interface AckOutcome {
  readonly transactions: readonly {
    readonly batch: string;
    readonly controlNumber: string;
    readonly status: string;
  }[];
  readonly claims: readonly ClaimAckOutcome[];
  /** Items added to the rejection worklist. */
  readonly rejections: number;
  /** 277CA claims that match no claim we sent (to the unmatched worklist). */
  readonly unmatched: number;
}
