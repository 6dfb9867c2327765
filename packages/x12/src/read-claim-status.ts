import type { ClaimStatusResponse } from './claim-status.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { claimStatusResponseReader } from './read-277.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';

/**
 * Reads every 277 claim status response (005010X212) in a whole text; returns them and all
 * issues found.
 *
 * @example
 * ```ts
 * const { responses } = read277(text);
 * for (const payer of responses[0]?.payers ?? [])
 *   for (const receiver of payer.receivers)
 *     for (const provider of receiver.providers)
 *       for (const patient of provider.patients)
 *         for (const claim of patient.claims)
 *           console.log(claim.patientControlNumber, claim.statuses.flatMap((s) => s.statuses).map(describeStatus));
 * ```
 */
export function read277(text: string): { responses: ClaimStatusResponse[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, claimStatusResponseReader);
  return { responses: items, issues };
}

/** Streams 277 claim status responses from chunks of an X12 file; problems go to `onIssue`. */
export function readClaimStatusResponses(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<ClaimStatusResponse, void, undefined> {
  return streamTransactions(source, claimStatusResponseReader, options.onIssue);
}
