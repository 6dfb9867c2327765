import type { IsoDate } from '@medbill/core';
import type { Queryable } from '@medbill/db';
import { openFollowUps, resolveAnsweredFollowUps } from '@medbill/db';

/** Who refreshes the follow-up worklist in the items' history. */
export const FOLLOW_UP_ACTOR = 'system:follow-up';

export interface FollowUpRefresh {
  readonly opened: number;
  readonly resolved: number;
}

/**
 * Brings the follow-up worklist up to date for `today`: items whose claim was answered resolve
 * themselves, and claims sent longer ago than their payer's follow-up days with no answer get
 * one item each. Safe to run any number of times. Call inside a transaction.
 */
export async function refreshFollowUps(
  q: Queryable,
  orgId: string,
  today: IsoDate,
): Promise<FollowUpRefresh> {
  const resolved = await resolveAnsweredFollowUps(q, orgId, FOLLOW_UP_ACTOR);
  const opened = await openFollowUps(q, orgId, today);
  return { opened, resolved };
}
