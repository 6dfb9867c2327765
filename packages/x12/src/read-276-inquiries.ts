import type { ClaimStatusInquirySet } from './claim-status-inquiry.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { claimStatusInquiryReader } from './read-276.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';

/**
 * Reads every 276 claim status request (005010X212) in a whole text; returns them and all
 * issues found (envelopes included).
 *
 * @example
 * ```ts
 * const { inquiries } = read276(text);
 * for (const payer of inquiries[0]?.payers ?? [])
 *   for (const receiver of payer.receivers)
 *     for (const provider of receiver.providers)
 *       for (const patient of provider.patients)
 *         for (const claim of patient.claims) console.log(claim.traceNumber, claim.patientControlNumber);
 * ```
 */
export function read276(text: string): { inquiries: ClaimStatusInquirySet[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, claimStatusInquiryReader);
  return { inquiries: items, issues };
}

/** Streams 276 claim status requests from chunks of an X12 file; problems go to `onIssue`. */
export function readClaimStatusInquiries(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<ClaimStatusInquirySet, void, undefined> {
  return streamTransactions(source, claimStatusInquiryReader, options.onIssue);
}
