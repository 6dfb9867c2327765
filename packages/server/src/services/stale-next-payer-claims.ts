import { staleNextPayerAction } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import {
  addWorklistItem,
  claimVersionChains,
  laterPayerClaimsOf,
  markClaimStale,
  newestVersionsOf,
  openWorklistItemExists,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { scrubStoredClaims } from './claim-scrubbing.ts';
import type { ScrubOptions } from './claim-scrubbing.ts';

export interface StaleNextPayerClaim {
  readonly claimNumber: string;
  readonly action: 'held' | 'worklist';
}

/**
 * After an earlier payer's adjudication of `claim` stopped standing (the claim was corrected or
 * voided, or its 835 reversed): each next-payer claim built from it (or from an earlier
 * version of it) that is not yet sent is held stale, to be rebuilt from the new 835; one already
 * sent goes to the secondary-correction worklist. Call inside the transaction that changed it.
 */
export async function flagNextPayerClaims(
  q: Queryable,
  ctx: RequestContext,
  claim: ClaimRecord,
  why: string,
  scrub: ScrubOptions,
): Promise<StaleNextPayerClaim[]> {
  const flagged: StaleNextPayerClaim[] = [];
  const held: ClaimRecord[] = [];
  for (const next of await nextPayerClaimsOf(q, ctx.orgId, claim)) {
    const action = staleNextPayerAction(next.status);
    if (action === 'hold') {
      if (await markClaimStale(q, ctx.orgId, next, ctx.actor.id, why)) {
        held.push({ ...next, status: 'draft', staleReason: why });
        flagged.push({ claimNumber: next.claimNumber, action: 'held' });
      }
    } else if (action === 'correct') {
      const source = `stale:${claim.id}:${next.id}`;
      if (await openWorklistItemExists(q, ctx.orgId, 'secondary_correction', next.id, source))
        continue;
      await addWorklistItem(q, ctx.orgId, {
        kind: 'secondary_correction',
        claimId: next.id,
        source,
        summary: `Claim ${next.claimNumber} (${next.status.replace('_', ' ')}) reports an adjudication of claim ${claim.claimNumber} that no longer stands (${why}): send a corrected claim (frequency 7) once the new 835 is posted`,
        detail: { priorClaimId: claim.id, priorClaimNumber: claim.claimNumber, why },
        amount: next.totalCharge,
      });
      flagged.push({ claimNumber: next.claimNumber, action: 'worklist' });
    }
  }
  // Their findings say why they are held (and the claims worklist shows it).
  if (held.length > 0) await scrubStoredClaims(q, ctx, held, scrub);
  return flagged;
}

/** The newest version of each next-payer claim built from this claim or an earlier version. */
async function nextPayerClaimsOf(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
): Promise<ClaimRecord[]> {
  const chain = (await claimVersionChains(q, orgId, [claim.id])).get(claim.id) ?? [claim.id];
  const firsts = (await laterPayerClaimsOf(q, orgId, chain)).filter(
    (c) => c.previousVersionId === undefined,
  );
  const newest = await newestVersionsOf(
    q,
    orgId,
    firsts.map((c) => c.id),
  );
  return firsts.map((c) => newest.get(c.id) ?? c);
}
