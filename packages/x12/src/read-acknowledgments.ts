import type { ClaimAcknowledgment } from './claim-ack.ts';
import type { ImplementationAck } from './implementation-ack.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { claimAcknowledgmentReader } from './read-277ca.ts';
import { implementationAckReader } from './read-999.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';

/**
 * Reads every 999 implementation acknowledgment (005010X231A1) in a whole text; returns them
 * and all issues found.
 *
 * @example
 * ```ts
 * const { acks } = read999(text);
 * for (const set of acks[0]?.transactions ?? []) console.log(set.controlNumber, set.status);
 * ```
 */
export function read999(text: string): { acks: ImplementationAck[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, implementationAckReader);
  return { acks: items, issues };
}

/** Streams 999 acknowledgments from chunks of an X12 file; every problem goes to `onIssue`. */
export function readImplementationAcks(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<ImplementationAck, void, undefined> {
  return streamTransactions(source, implementationAckReader, options.onIssue);
}

/**
 * Reads every 277CA claim acknowledgment (005010X214) in a whole text; returns them and all
 * issues found.
 *
 * @example
 * ```ts
 * const { acks } = read277ca(text);
 * for (const receiver of acks[0]?.receivers ?? [])
 *   for (const provider of receiver.providers)
 *     for (const claim of provider.claims) console.log(claim.patientControlNumber, claim.statuses);
 * ```
 */
export function read277ca(text: string): { acks: ClaimAcknowledgment[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, claimAcknowledgmentReader);
  return { acks: items, issues };
}

/** Streams 277CA acknowledgments from chunks of an X12 file; every problem goes to `onIssue`. */
export function readClaimAcknowledgments(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<ClaimAcknowledgment, void, undefined> {
  return streamTransactions(source, claimAcknowledgmentReader, options.onIssue);
}
