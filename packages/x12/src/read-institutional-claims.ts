import type { InstitutionalClaim } from './claim-837i.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { institutionalClaimReader } from './read-837i.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';

/**
 * Reads every 837I claim (005010X223A2) in a whole text; returns the claims and all issues.
 *
 * @example
 * ```ts
 * const { claims } = read837i(text);
 * for (const claim of claims)
 *   console.log(claim.claimId, `${claim.facilityType}${claim.frequency}`, claim.lines.map((l) => l.revenueCode));
 * ```
 */
export function read837i(text: string): { claims: InstitutionalClaim[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, institutionalClaimReader);
  return { claims: items, issues };
}

/** Streams 837I claims from chunks of an X12 file in bounded memory; problems go to `onIssue`. */
export function readInstitutionalClaims(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<InstitutionalClaim, void, undefined> {
  return streamTransactions(source, institutionalClaimReader, options.onIssue);
}
