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
 * payments and adjustments lower it, a transfer moves it from one party to the next), so a
 * balance that moved from the primary payer to the secondary, or to the patient, is counted
 * once, under whoever owes it now. Patients' shares form one row.
 *
 * A reversal undoes its original on the same line and is never reversed itself (the core ledger
 * refuses otherwise), so a reversed entry and its reversal are both left out: the reversed ids
 * come from the (org, reverses) index and the line entries are summed in one pass, instead of
 * joining every entry to the one it may reverse (3x faster on 49,000 entries).
 */
export async function arAging(q: Queryable, orgId: string, today: IsoDate): Promise<AgingRow[]> {
  return q
    .query<AgingRow>(
      `with reversed as (
       select reverses as id from ledger_entries
       where org_id = $1 and reverses is not null
     ),
     standing as (
       select e.service_line_id as line_id, e.kind, e.amount_cents, e.party_kind,
         e.party_coverage_id, e.to_party_kind, e.to_party_coverage_id
       from ledger_entries e
       where e.org_id = $1 and e.service_line_id is not null and e.kind <> 'reversal'
         and not exists (select 1 from reversed where reversed.id = e.id)
     ),
     effects as (
       select line_id, party_kind, party_coverage_id as coverage_id,
         case kind
           when 'charge' then amount_cents when 'refund' then amount_cents
           when 'application' then amount_cents
           when 'payment' then -amount_cents when 'adjustment' then -amount_cents
           when 'transfer' then -amount_cents else 0 end as delta
       from standing
       union all
       select line_id, to_party_kind, to_party_coverage_id, amount_cents
       from standing where kind = 'transfer'
     ),
     owed as (
       select line_id, party_kind, coverage_id, sum(delta) as balance
       from effects
       group by 1, 2, 3
       having sum(delta) > 0
     ),
     aged as (
       select cv.payer_id, sl.encounter_id, owed.balance,
         case when $2::date - sl.service_date <= 30 then '0-30'
              when $2::date - sl.service_date <= 60 then '31-60'
              when $2::date - sl.service_date <= 90 then '61-90'
              when $2::date - sl.service_date <= 120 then '91-120' else '120+' end as bucket
       from owed
       join service_lines sl on sl.org_id = $1 and sl.id = owed.line_id
       left join coverages cv
         on owed.party_kind = 'payer' and cv.org_id = $1 and cv.id = owed.coverage_id
     ),
     per_visit as (
       select payer_id, bucket, encounter_id, sum(balance) as balance
       from aged
       group by 1, 2, 3
     )
     select v.payer_id as "payerId", coalesce(p.name, 'Patient') as "payerName", v.bucket,
       count(*)::int as claims, sum(v.balance)::bigint as balance
     from per_visit v
     left join payers p on p.org_id = $1 and p.id = v.payer_id
     group by 1, 2, 3
     order by (v.payer_id is null), 2, 3`,
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
