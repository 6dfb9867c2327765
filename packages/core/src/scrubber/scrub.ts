import { compareIssues } from './issue.ts';
import type { ScrubIssue } from './issue.ts';
import { toIssue } from './rule.ts';
import type { ScrubContext, ScrubRule } from './rule.ts';
import type { ScrubClaim } from './scrub-claim.ts';

/**
 * Runs every rule over a claim and returns every problem found, most severe first. Rules never
 * stop at the first problem and never throw for bad data: problems are data.
 */
export function scrubClaim(
  claim: ScrubClaim,
  context: ScrubContext,
  rules: readonly ScrubRule[],
): ScrubIssue[] {
  return rules
    .flatMap((rule) => rule.check(claim, context).map((finding) => toIssue(rule, finding)))
    .sort(compareIssues);
}

/** A claim with no `reject` or `deny` issue can be sent. */
export function isClean(issues: readonly ScrubIssue[]): boolean {
  return issues.every((issue) => issue.severity === 'warn');
}
