import type { EligibilityResponse } from './eligibility.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { eligibilityResponseReader } from './read-271.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';

/**
 * Reads every 271 eligibility response (005010X279A1) in a whole text; returns them and all
 * issues found.
 *
 * @example
 * ```ts
 * const { responses } = read271(text);
 * for (const source of responses[0]?.sources ?? [])
 *   for (const receiver of source.receivers)
 *     for (const subscriber of receiver.subscribers)
 *       console.log(subscriber.name.lastName, subscriber.benefits.map(describeBenefit));
 * ```
 */
export function read271(text: string): { responses: EligibilityResponse[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, eligibilityResponseReader);
  return { responses: items, issues };
}

/** Streams 271 eligibility responses from chunks of an X12 file; problems go to `onIssue`. */
export function readEligibilityResponses(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<EligibilityResponse, void, undefined> {
  return streamTransactions(source, eligibilityResponseReader, options.onIssue);
}
