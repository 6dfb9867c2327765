import type { EligibilityInquirySet } from './eligibility-inquiry.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { eligibilityInquiryReader } from './read-270.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';

/**
 * Reads every 270 eligibility inquiry (005010X279A1) in a whole text; returns them and all
 * issues found (envelopes included).
 *
 * @example
 * ```ts
 * const { inquiries } = read270(text);
 * for (const source of inquiries[0]?.sources ?? [])
 *   for (const receiver of source.receivers)
 *     for (const subscriber of receiver.subscribers)
 *       console.log(subscriber.name.id, subscriber.inquiries.flatMap((q) => q.serviceTypes));
 * ```
 */
export function read270(text: string): { inquiries: EligibilityInquirySet[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, eligibilityInquiryReader);
  return { inquiries: items, issues };
}

/** Streams 270 eligibility inquiries from chunks of an X12 file; problems go to `onIssue`. */
export function readEligibilityInquiries(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<EligibilityInquirySet, void, undefined> {
  return streamTransactions(source, eligibilityInquiryReader, options.onIssue);
}
