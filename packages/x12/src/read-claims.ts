import type { ProfessionalClaim } from './claim-837p.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { professionalClaimReader } from './read-837p.ts';
import type { X12Source } from './read-segments.ts';
import { readTransactions, streamTransactions } from './read-transactions.ts';

/**
 * Streams 837P claims (005010X222A1) from chunks of an X12 file in bounded memory: tokenizer,
 * envelope checks and the claim reader in one pass; every problem goes to `onIssue`.
 *
 * @example
 * ```ts
 * for await (const claim of readProfessionalClaims(createReadStream('batch.837'), { onIssue: log })) {
 *   console.log(claim.claimId, claim.lines.length);
 * }
 * ```
 */
export function readProfessionalClaims(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<ProfessionalClaim, void, undefined> {
  return streamTransactions(source, professionalClaimReader, options.onIssue);
}

/** Reads every 837P claim in a whole text; returns the claims and all issues found. */
export function read837p(text: string): { claims: ProfessionalClaim[]; issues: X12Issue[] } {
  const { items, issues } = readTransactions(text, professionalClaimReader);
  return { claims: items, issues };
}
