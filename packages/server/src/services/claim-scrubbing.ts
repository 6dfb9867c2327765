import { CLAIM_DATA_RULES, isClean, scrubClaim } from '@medbill/core';
import type { IsoDate, ScrubIssue, ScrubRule } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { getClaim, getPatient, moveClaimStatus, replaceScrubIssues } from '@medbill/db';
import { notFound } from '@medbill/core';
import type { RequestContext } from '../request-context.ts';
import { assembleScrubClaim, claimsOnFileFor } from './scrub-claim-assembly.ts';

export interface ScrubOptions {
  readonly today: () => IsoDate;
  readonly payerRules: readonly ScrubRule[];
  /** The code-set rules of the releases loaded now (none until code sets are imported). */
  readonly codeRules?: () => readonly ScrubRule[];
}

export interface ScrubOutcome {
  readonly claimId: string;
  readonly claimNumber: string;
  readonly status: string;
  readonly issues: ScrubIssue[];
}

/**
 * Scrubs a stored claim with medbill's rules and the payers' declared rules, stores the
 * findings with the claim, and moves it between draft and ready: a claim with no reject or
 * deny finding is ready to batch. Call inside a transaction.
 */
export async function scrubStoredClaim(
  q: Queryable,
  ctx: RequestContext,
  claimId: string,
  options: ScrubOptions,
): Promise<ScrubOutcome> {
  const claim = await getClaim(q, ctx.orgId, claimId);
  if (!claim) throw notFound('claim', claimId);
  const patient = await getPatient(q, ctx.orgId, claim.patientId);
  const scrubbed = await assembleScrubClaim(q, ctx.orgId, claim);
  const context = {
    today: options.today(),
    claimsOnFile: await claimsOnFileFor(q, ctx.orgId, claim, patient?.accountNumber ?? ''),
  };
  const issues = scrubClaim(scrubbed, context, [
    ...CLAIM_DATA_RULES,
    ...(options.codeRules?.() ?? []),
    ...options.payerRules,
  ]);
  await replaceScrubIssues(q, ctx.orgId, claim.id, issues);
  let status = claim.status;
  const clean = isClean(issues);
  if (claim.status === 'draft' && clean) status = 'ready';
  if (claim.status === 'ready' && !clean) status = 'draft';
  if (status !== claim.status) {
    const summary = clean
      ? 'scrubbed clean'
      : `scrub found ${issues.filter((i) => i.severity !== 'warn').length} problem(s)`;
    await moveClaimStatus(q, ctx.orgId, claim.id, claim.status, status, ctx.actor.id, summary);
  }
  return { claimId: claim.id, claimNumber: claim.claimNumber, status, issues };
}
