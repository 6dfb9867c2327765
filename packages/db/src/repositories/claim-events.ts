import type { ClaimStatus } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { insertRows } from './rows.ts';

export interface ClaimEventRecord {
  readonly at: Date;
  readonly actorId: string;
  /** The account's name; null for an actor that is no account (`cli:<user>`). */
  readonly actorName: string | null;
  readonly fromStatus?: ClaimStatus;
  readonly toStatus: ClaimStatus;
  readonly reason: string;
}

export interface ClaimEvent {
  readonly claimId: string;
  readonly actorId: string;
  readonly fromStatus?: ClaimStatus;
  readonly toStatus: ClaimStatus;
  readonly reason: string;
}

/** Appends history events, numbered in the order given. */
export async function appendClaimEvents(
  q: Queryable,
  orgId: string,
  events: readonly ClaimEvent[],
): Promise<void> {
  await insertRows(
    q,
    'claim_events',
    events.map((e) => ({
      org_id: orgId,
      claim_id: e.claimId,
      actor_id: e.actorId,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus,
      reason: e.reason,
    })),
  );
}

export async function appendClaimEvent(
  q: Queryable,
  orgId: string,
  claimId: string,
  event: Omit<ClaimEvent, 'claimId'>,
): Promise<void> {
  await appendClaimEvents(q, orgId, [{ claimId, ...event }]);
}

export async function claimEvents(
  q: Queryable,
  orgId: string,
  claimId: string,
): Promise<ClaimEventRecord[]> {
  const rows = await q.query(
    `select e.*, u.name as actor_name from claim_events e
     left join users u on u.org_id = e.org_id and u.id::text = e.actor_id
     where e.org_id = $1 and e.claim_id = $2 order by e.id`,
    [orgId, claimId],
  );
  return rows.map((row) => ({
    at: row.at as Date,
    actorId: String(row.actor_id),
    actorName: (row.actor_name as string | null) ?? null,
    ...(typeof row.from_status === 'string' ? { fromStatus: row.from_status as ClaimStatus } : {}),
    toStatus: row.to_status as ClaimStatus,
    reason: String(row.reason),
  }));
}
