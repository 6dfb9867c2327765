import type { IsoDate } from '@medbill/core';
import { AWAITING_PAYER } from '@medbill/core';
import type { Queryable } from '../database.ts';

/** A claim that was sent and is waiting for its payer: in a batch file, or acknowledged. */
const WAITING = ['in_batch', ...AWAITING_PAYER];

/**
 * How a claim was last sent, and the date (UTC): the batch it was last in, the day that file was
 * made; or, for a claim the earlier payer forwarded (crossover), that payer's 835 (its id keys the
 * follow-up), on the day the earlier payer adjudicated it.
 */
const LAST_SENT = `lateral (
    select id, file_name, sent_on from (
      select sb.id, sb.file_name, (sb.created_at at time zone 'UTC')::date as sent_on,
        sb.created_at as at, sb.interchange_control_number as n
      from batch_claims bc
      join submission_batches sb on sb.org_id = bc.org_id and sb.id = bc.batch_id
      where bc.org_id = c.org_id and bc.claim_id = c.id
      union all
      select rf.id, 'a crossover by ' || rf.payer_name || ' (' || rf.file_name || ')',
        pp.adjudicated_on, rf.imported_at, 0
      from claim_prior_payers pp
      join remittance_files rf on rf.org_id = pp.org_id and rf.id = pp.remittance_file_id
      where pp.org_id = c.org_id and pp.claim_id = c.id
        and exists (select 1 from claim_events e where e.org_id = c.org_id and e.claim_id = c.id
                      and e.to_status = 'crossed_over')
    ) sends order by at desc, n desc, sent_on desc limit 1) sent`;

/**
 * Adds a follow-up item for each claim sent more than its payer's follow-up days before `today`
 * that no 277CA rejection or 835 has answered (the claim is still waiting). One item per claim
 * and submission: a second run adds nothing. Returns how many were added.
 */
export async function openFollowUps(q: Queryable, orgId: string, today: IsoDate): Promise<number> {
  const rows = await q.query(
    `insert into worklist_items (org_id, kind, claim_id, source, summary, detail, amount_cents)
     select c.org_id, 'follow_up', c.id, 'follow_up:' || sent.id,
       format('Claim %s to %s: sent %s in %s, no acknowledgment rejection or remittance after %s days',
         c.claim_number, py.name, to_char(sent.sent_on, 'YYYY-MM-DD'), sent.file_name, py.follow_up_days),
       jsonb_build_object('batchId', sent.id, 'sentOn', to_char(sent.sent_on, 'YYYY-MM-DD'),
         'followUpDays', py.follow_up_days, 'payerId', py.id),
       c.total_charge_cents
     from claims c
     join payers py on py.org_id = c.org_id and py.id = c.payer_id
     join ${LAST_SENT} on true
     where c.org_id = $1 and c.status = any($3::text[])
       and $2::date - sent.sent_on >= py.follow_up_days
     order by sent.sent_on, c.claim_number
     on conflict (org_id, claim_id, source) where kind = 'follow_up' do nothing
     returning id`,
    [orgId, today, WAITING],
  );
  return rows.length;
}

/**
 * Resolves the open follow-up items whose claim got its answer (an 835, a rejection, a
 * correction) or was sent again since, each with a note saying so. Returns how many.
 */
export async function resolveAnsweredFollowUps(
  q: Queryable,
  orgId: string,
  actorId: string,
): Promise<number> {
  const rows = await q.query(
    `with answered as (
       update worklist_items w set status = 'resolved'
       from claims c
       left join ${LAST_SENT} on true
       where w.org_id = $1 and w.kind = 'follow_up' and w.status = 'open'
         and c.org_id = w.org_id and c.id = w.claim_id
         and (c.status <> all($3::text[]) or w.source <> 'follow_up:' || sent.id::text)
       returning w.org_id, w.id, c.status
     )
     insert into worklist_notes (org_id, item_id, actor_id, action, text)
     select org_id, id, $2,
       'resolve', case when status = any($3::text[]) then 'The claim was sent again; its new submission is followed up on its own.'
         else 'The payer answered: the claim is now ' || replace(status, '_', ' ') || '.' end
     from answered
     returning item_id`,
    [orgId, actorId, WAITING],
  );
  return rows.length;
}
