import type { IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';
import type { WorklistKind } from './remittances.ts';

export interface AgingRow {
  /** The payer who owes it; `null` for what patients owe. */
  readonly payerId: string | null;
  readonly payerName: string;
  /** Days from the date of service: 0–30, 31–60, 61–90, 91–120, over 120. */
  readonly bucket: '0-30' | '31-60' | '61-90' | '91-120' | '120+';
  /** Visits (encounters) with a balance owed by that party in that bucket. */
  readonly claims: number;
  /** What that party still owes, in cents. */
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
 * Accounts receivable by who owes it and age bucket. Each service line's balance is split by
 * party as the ledger moves it (charges, refunds and applications raise the party's share,
 * payments and adjustments lower it, a transfer moves it from one party to the next, a reversal
 * undoes its original), so a balance that moved from the primary payer to the secondary, or to
 * the patient, is counted once, under whoever owes it now. Patients' shares form one row.
 */
export async function arAging(q: Queryable, orgId: string, today: IsoDate): Promise<AgingRow[]> {
  return q
    .query<AgingRow>(
      `with effects as (
       select e.service_line_id as line_id, x.party_kind, x.coverage_id,
         x.delta * case when e.kind = 'reversal' then -1 else 1 end as delta
       from ledger_entries e
       left join ledger_entries o on o.org_id = e.org_id and o.id = e.reverses
       cross join lateral (values
         (coalesce(o.party_kind, e.party_kind), coalesce(o.party_coverage_id, e.party_coverage_id),
          case coalesce(o.kind, e.kind)
            when 'charge' then 1 when 'refund' then 1 when 'application' then 1
            when 'payment' then -1 when 'adjustment' then -1 when 'transfer' then -1 else 0 end
          * coalesce(o.amount_cents, e.amount_cents)),
         (coalesce(o.to_party_kind, e.to_party_kind),
          coalesce(o.to_party_coverage_id, e.to_party_coverage_id),
          case when coalesce(o.kind, e.kind) = 'transfer'
            then coalesce(o.amount_cents, e.amount_cents) else 0 end)
       ) as x(party_kind, coverage_id, delta)
       where e.org_id = $1 and e.service_line_id is not null and x.delta <> 0
     ),
     owed as (
       select line_id, party_kind, coverage_id, sum(delta) as balance
       from effects
       group by 1, 2, 3
       having sum(delta) > 0
     ),
     aged as (
       select cv.payer_id, sl.encounter_id, owed.balance, ($2::date - sl.service_date) as age
       from owed
       join service_lines sl on sl.org_id = $1 and sl.id = owed.line_id
       left join coverages cv
         on owed.party_kind = 'payer' and cv.org_id = $1 and cv.id = owed.coverage_id
     )
     select aged.payer_id as "payerId", coalesce(p.name, 'Patient') as "payerName",
       case when age <= 30 then '0-30' when age <= 60 then '31-60' when age <= 90 then '61-90'
            when age <= 120 then '91-120' else '120+' end as bucket,
       count(distinct aged.encounter_id)::int as claims, sum(aged.balance)::bigint as balance
     from aged
     left join payers p on p.org_id = $1 and p.id = aged.payer_id
     group by 1, 2, 3
     order by (aged.payer_id is null), 2, 3`,
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
