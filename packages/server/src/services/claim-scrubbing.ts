import {
  CLAIM_DATA_RULES,
  invalid,
  isClean,
  notFound,
  scrubClaim,
  staleAdjudicationIssue,
} from '@medbill/core';
import type { ClaimStatus, IsoDate, ScrubIssue, ScrubRule } from '@medbill/core';
import type { ClaimEvent, ClaimRecord, Queryable } from '@medbill/db';
import { allItems, appendClaimEvents, getClaim, listClaims, recordScrubs } from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { assembleScrubClaims, claimsOnFileOf } from './scrub-claim-assembly.ts';

export interface ScrubOptions {
  readonly today: () => IsoDate;
  readonly payerRules: readonly ScrubRule[];
  /** The code-set rules of the releases loaded now (none until code sets are imported). */
  readonly codeRules?: () => readonly ScrubRule[];
}

export interface ScrubOutcome {
  readonly claimId: string;
  readonly claimNumber: string;
  readonly status: ClaimStatus;
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
  const [outcome] = await scrubStoredClaims(q, ctx, [claim], options);
  if (!outcome) throw notFound('claim', claimId);
  return outcome;
}

/**
 * {@link scrubStoredClaim} for many claims in a few statements. Claims just built are passed
 * with `asBuilt`: each is scrubbed as if the ones after it in the list did not exist yet, as
 * when each claim is scrubbed the moment it is built. Call inside a transaction.
 */
export async function scrubStoredClaims(
  q: Queryable,
  ctx: RequestContext,
  claims: readonly ClaimRecord[],
  options: ScrubOptions,
  { asBuilt = false }: { asBuilt?: boolean } = {},
): Promise<ScrubOutcome[]> {
  const assembled = await assembleScrubClaims(q, ctx.orgId, claims);
  const onFile = await claimsOnFileOf(
    q,
    ctx.orgId,
    claims.map((claim, i) => ({
      claim,
      accountNumber: assembled[i]?.patient.accountNumber ?? '',
    })),
    asBuilt ? new Map(claims.map((c, i) => [c.id, i])) : new Map(),
  );
  const today = options.today();
  const rules = [...CLAIM_DATA_RULES, ...(options.codeRules?.() ?? []), ...options.payerRules];
  const events: ClaimEvent[] = [];
  const outcomes = claims.map((claim, i): ScrubOutcome => {
    const scrubbed = assembled[i];
    if (!scrubbed) throw new Error(`claim ${claim.claimNumber} was not assembled`);
    const issues = [
      ...(claim.staleReason ? [staleAdjudicationIssue(claim.staleReason)] : []),
      ...scrubClaim(scrubbed, { today, claimsOnFile: onFile[i] ?? [] }, rules),
    ];
    const clean = isClean(issues);
    let status = claim.status;
    if (claim.status === 'draft' && clean) status = 'ready';
    if (claim.status === 'ready' && !clean) status = 'draft';
    if (status !== claim.status) {
      const reason = clean
        ? 'scrubbed clean'
        : `scrub found ${issues.filter((i) => i.severity !== 'warn').length} problem(s)`;
      events.push({
        claimId: claim.id,
        actorId: ctx.actor.id,
        fromStatus: claim.status,
        toStatus: status,
        reason,
      });
    }
    return { claimId: claim.id, claimNumber: claim.claimNumber, status, issues };
  });
  const moved = await recordScrubs(
    q,
    ctx.orgId,
    outcomes.map((o, i) => ({ ...o, from: claims[i]?.status ?? o.status })),
  );
  await appendClaimEvents(
    q,
    ctx.orgId,
    events.filter((e) => moved.has(e.claimId)),
  );
  return outcomes;
}

/** Claims not yet sent: what a rescrub may move between draft and ready. */
const UNSENT: readonly ClaimStatus[] = ['draft', 'ready'];

/**
 * Scrubs again every draft and ready claim (or the ones named, which must be unsent), after a
 * code-set update, a payer-rule change or a fix to the data behind them, in a few statements.
 * Call inside a transaction.
 */
export async function rescrubUnsentClaims(
  q: Queryable,
  ctx: RequestContext,
  options: ScrubOptions,
  claimIds?: readonly string[],
): Promise<ScrubOutcome[]> {
  const claims = claimIds
    ? await Promise.all(
        claimIds.map(async (id) => {
          const claim = await getClaim(q, ctx.orgId, id);
          if (!claim) throw notFound('claim', id);
          if (!UNSENT.includes(claim.status)) {
            throw invalid(
              `Claim ${claim.claimNumber} is ${claim.status}: only unsent claims are rescrubbed.`,
              [
                {
                  path: id,
                  code: 'sent',
                  message: `claim ${claim.claimNumber} is ${claim.status}`,
                },
              ],
            );
          }
          return claim;
        }),
      )
    : (
        await Promise.all(
          UNSENT.map((status) => allItems((page) => listClaims(q, ctx.orgId, { status }, page))),
        )
      ).flat();
  return claims.length === 0 ? [] : scrubStoredClaims(q, ctx, claims, options);
}
