import type { ClaimStatus, IsoDate } from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { pageTotal } from './page-total.ts';
import { escapeLike } from './table-repository.ts';

type Row = Record<string, unknown>;

/** A claim as the billers' worklist shows it: who, whom, how old, what the scrubber said. */
export interface ClaimWorklistRow {
  readonly id: string;
  readonly claimNumber: string;
  readonly status: ClaimStatus;
  readonly serviceDateFrom: IsoDate;
  readonly totalCharge: number;
  readonly patientId: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly payerId: string;
  readonly payerName: string;
  readonly providerName: string;
  /** Days from the date of service to today. */
  readonly ageDays: number;
  /** Reject and deny findings of the last scrub. */
  readonly problems: number;
  readonly warnings: number;
  /** The most severe finding's rule, when there is one. */
  readonly topRuleId?: string;
}

export interface ClaimWorklistFilter {
  readonly status?: ClaimStatus;
  readonly payerId?: string;
  readonly providerId?: string;
  readonly ruleId?: string;
  readonly minAgeDays?: number;
  readonly maxAgeDays?: number;
  /** A claim number, or the start of the patient's last name. */
  readonly q?: string;
}

const NAMES = `join patients pt on pt.org_id = c.org_id and pt.id = c.patient_id
  join payers py on py.org_id = c.org_id and py.id = c.payer_id
  join providers pr on pr.org_id = c.org_id and pr.id = c.rendering_provider_id`;

const SELECT = `c.org_id, c.id, c.claim_number, c.status, c.service_date_from, c.total_charge_cents,
  c.patient_id, pt.last_name || ', ' || pt.first_name as patient_name, pt.account_number,
  c.payer_id, py.name as payer_name, pr.last_name || ', ' || pr.first_name as provider_name`;

/** The scrub summary, computed only for the rows of the page (not for every match). */
const SCRUB_SUMMARY = `
  (select count(*) from claim_scrub_issues s where s.org_id = c.org_id and s.claim_id = c.id
     and s.severity <> 'warn')::int as problems,
  (select count(*) from claim_scrub_issues s where s.org_id = c.org_id and s.claim_id = c.id
     and s.severity = 'warn')::int as warnings,
  (select s.rule_id from claim_scrub_issues s where s.org_id = c.org_id and s.claim_id = c.id
     order by s.position limit 1) as top_rule_id`;

/** The worklist's order; claim numbers are unique, so it is total and pages never overlap. */
const ORDER = 'c.service_date_from desc, c.claim_number';

/** One page of the claims worklist, newest date of service first; ages measured to `today`. */
export async function listClaimWorklist(
  q: Queryable,
  orgId: string,
  today: IsoDate,
  filter: ClaimWorklistFilter,
  page: PageRequest,
): Promise<PageResult<ClaimWorklistRow>> {
  const params: SqlParam[] = [orgId, today];
  const where = ['c.org_id = $1'];
  const add = (sql: (n: number) => string, value: SqlParam | undefined) => {
    if (value !== undefined) where.push(sql(params.push(value)));
  };
  add((n) => `c.status = $${n}`, filter.status);
  add((n) => `c.payer_id = $${n}`, filter.payerId);
  add((n) => `c.rendering_provider_id = $${n}`, filter.providerId);
  add(
    (n) =>
      `exists (select 1 from claim_scrub_issues s where s.org_id = c.org_id and s.claim_id = c.id and s.rule_id = $${n})`,
    filter.ruleId,
  );
  // Ages as bounds on the date of service, so that the date index can answer them.
  add((n) => `c.service_date_from <= $2::date - $${n}::int`, filter.minAgeDays);
  add((n) => `c.service_date_from >= $2::date - $${n}::int`, filter.maxAgeDays);
  if (filter.q) {
    const n = params.push(filter.q, `${escapeLike(filter.q.toLowerCase())}%`);
    where.push(`(c.claim_number = $${n - 1} or exists (select 1 from patients pt
      where pt.org_id = c.org_id and pt.id = c.patient_id and lower(pt.last_name) like $${n}))`);
  }
  // Every claim has its patient, payer and provider (foreign keys): the page is cut from the
  // claims alone, in index order, and only its rows are joined to names and scrub findings.
  const n = params.length;
  const rows = await q.query<Row>(
    `select ${SELECT}, ($2::date - c.service_date_from)::int as age_days, ${SCRUB_SUMMARY}
     from (select c.org_id, c.id from claims c where ${where.join(' and ')}
           order by ${ORDER} limit $${n + 1} offset $${n + 2}) p
     join claims c on c.org_id = p.org_id and c.id = p.id
     ${NAMES}
     order by ${ORDER}`,
    [...params, page.limit, page.offset],
  );
  const total = await pageTotal(page, rows.length, async () => {
    const [count] = await q.query<{ n: number }>(
      // $2 (today) is named even when no age filter uses it, so that it has a type.
      `select count(*)::int as n from claims c where $2::date is not null and ${where.join(' and ')}`,
      params,
    );
    return count?.n ?? 0;
  });
  return { items: rows.map(fromRow), total, limit: page.limit, offset: page.offset };
}

function fromRow(row: Row): ClaimWorklistRow {
  return {
    id: String(row.id),
    claimNumber: String(row.claim_number),
    status: row.status as ClaimStatus,
    serviceDateFrom: row.service_date_from as IsoDate,
    totalCharge: Number(row.total_charge_cents),
    patientId: String(row.patient_id),
    patientName: String(row.patient_name),
    accountNumber: String(row.account_number),
    payerId: String(row.payer_id),
    payerName: String(row.payer_name),
    providerName: String(row.provider_name),
    ageDays: Number(row.age_days),
    problems: Number(row.problems),
    warnings: Number(row.warnings),
    ...(typeof row.top_rule_id === 'string' ? { topRuleId: row.top_rule_id } : {}),
  };
}
