import type { IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';
import type { WorklistKind } from './remittances.ts';

export interface AgingRow {
  readonly payerId: string;
  readonly payerName: string;
  /** Days from the date of service: 0–30, 31–60, 61–90, 91–120, over 120. */
  readonly bucket: '0-30' | '31-60' | '61-90' | '91-120' | '120+';
  readonly claims: number;
  /** What is still owed on those claims, by payer and patient together, in cents. */
  readonly balance: number;
}

/** Open work per queue. */
export async function openWorklistCounts(
  q: Queryable,
  orgId: string,
): Promise<Record<WorklistKind, number>> {
  const rows = await q.query<{ kind: WorklistKind; n: number }>(
    `select kind, count(*)::int as n from worklist_items where org_id = $1 and status = 'open' group by kind`,
    [orgId],
  );
  const counts: Record<WorklistKind, number> = {
    denial: 0,
    unmatched_remittance: 0,
    unmatched_acknowledgment: 0,
    rejection: 0,
    follow_up: 0,
    credit_balance: 0,
    secondary_correction: 0,
  };
  for (const row of rows) counts[row.kind] = row.n;
  return counts;
}

/**
 * Accounts receivable by payer billed and age bucket: every claim (not void) whose lines still
 * carry a balance. A line's balance follows the ledger: charges and refunds raise it, payments
 * and adjustments lower it, transfers move it between parties, a reversal undoes its original.
 */
export async function arAging(q: Queryable, orgId: string, today: IsoDate): Promise<AgingRow[]> {
  return q
    .query<AgingRow>(
      `with owed as (
       select c.id, c.payer_id, ($2::date - c.service_date_from) as age,
         sum(case coalesce(o.kind, e.kind)
               when 'charge' then 1 when 'refund' then 1
               when 'payment' then -1 when 'adjustment' then -1 else 0 end
             * case when e.kind = 'reversal' then -1 else 1 end
             * case when coalesce(o.kind, e.kind) = 'transfer' then 0 else e.amount_cents end
         ) as balance
       from claims c
       join claim_lines l on l.org_id = c.org_id and l.claim_id = c.id
       join ledger_entries e on e.org_id = c.org_id and e.service_line_id = l.service_line_id
       left join ledger_entries o on o.org_id = e.org_id and o.id = e.reverses
       where c.org_id = $1 and c.status <> 'void'
       group by c.id, c.payer_id, c.service_date_from
     )
     select owed.payer_id as "payerId", p.name as "payerName",
       case when age <= 30 then '0-30' when age <= 60 then '31-60' when age <= 90 then '61-90'
            when age <= 120 then '91-120' else '120+' end as bucket,
       count(*)::int as claims, sum(balance)::bigint as balance
     from owed join payers p on p.org_id = $1 and p.id = owed.payer_id
     where balance > 0
     group by 1, 2, 3
     order by 2, 3`,
      [orgId, today],
    )
    .then((rows) => rows.map((r) => ({ ...r, balance: Number(r.balance) })));
}

export interface TodaysActivity {
  readonly claimsBuilt: number;
  readonly claimsCharged: number;
  readonly batchesSent: number;
  readonly claimsBatched: number;
  readonly remittancesPosted: number;
  readonly paymentsPosted: number;
  readonly itemsResolved: number;
}

/** What the practice did since the start of `today` (UTC). */
export async function todaysActivity(
  q: Queryable,
  orgId: string,
  today: IsoDate,
): Promise<TodaysActivity> {
  const [row] = await q.query<Record<keyof TodaysActivity, string | number>>(
    `select
       (select count(*) from claims where org_id = $1 and created_at >= $2::date)::int as "claimsBuilt",
       (select coalesce(sum(total_charge_cents), 0) from claims where org_id = $1 and created_at >= $2::date)::bigint as "claimsCharged",
       (select count(*) from submission_batches where org_id = $1 and created_at >= $2::date)::int as "batchesSent",
       (select coalesce(sum(claim_count), 0) from submission_batches where org_id = $1 and created_at >= $2::date)::int as "claimsBatched",
       (select count(*) from remittance_files where org_id = $1 and imported_at >= $2::date)::int as "remittancesPosted",
       (select coalesce(sum(payment_cents), 0) from remittance_files where org_id = $1 and imported_at >= $2::date)::bigint as "paymentsPosted",
       (select count(*) from worklist_notes where org_id = $1 and action = 'resolve' and at >= $2::date)::int as "itemsResolved"`,
    [orgId, today],
  );
  const n = (key: keyof TodaysActivity) => Number(row?.[key] ?? 0);
  return {
    claimsBuilt: n('claimsBuilt'),
    claimsCharged: n('claimsCharged'),
    batchesSent: n('batchesSent'),
    claimsBatched: n('claimsBatched'),
    remittancesPosted: n('remittancesPosted'),
    paymentsPosted: n('paymentsPosted'),
    itemsResolved: n('itemsResolved'),
  };
}
