import type { ProfessionalClaim } from './claim-837p.ts';
import { EnvelopeChecker } from './envelope.ts';
import type { IssueSink, X12Issue } from './issue.ts';
import { ProfessionalClaimReader } from './read-837p.ts';
import { parseSegments, readSegmentBatches, type X12Source } from './read-segments.ts';

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
export async function* readProfessionalClaims(
  source: X12Source,
  options: { readonly onIssue?: IssueSink } = {},
): AsyncGenerator<ProfessionalClaim, void, undefined> {
  const sink = options.onIssue ?? ((): void => undefined);
  const envelopes = new EnvelopeChecker(sink);
  const reader = new ProfessionalClaimReader(sink);
  const ready: ProfessionalClaim[] = [];
  for await (const batch of readSegmentBatches(source, { onIssue: sink })) {
    for (const seg of batch) {
      envelopes.push(seg);
      const done = reader.push(seg);
      if (done !== undefined) ready.push(done);
    }
    if (ready.length > 0) {
      yield* ready;
      ready.length = 0;
    }
  }
  envelopes.end();
  const last = reader.end();
  if (last !== undefined) yield last;
}

/** Reads every 837P claim in a whole text; returns the claims and all issues found. */
export function read837p(text: string): { claims: ProfessionalClaim[]; issues: X12Issue[] } {
  const issues: X12Issue[] = [];
  const sink: IssueSink = (issue) => issues.push(issue);
  const envelopes = new EnvelopeChecker(sink);
  const reader = new ProfessionalClaimReader(sink);
  const claims: ProfessionalClaim[] = [];
  for (const seg of parseSegments(text, { onIssue: sink })) {
    envelopes.push(seg);
    const done = reader.push(seg);
    if (done !== undefined) claims.push(done);
  }
  envelopes.end();
  const last = reader.end();
  if (last !== undefined) claims.push(last);
  return { claims, issues };
}
