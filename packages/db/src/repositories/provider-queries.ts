import type { EncounterStatus } from '@medbill/core';
import type { Queryable } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { firstRow } from './rows.ts';

export interface ProviderQuery {
  readonly id: string;
  readonly encounterId: string;
  readonly providerId: string;
  readonly patientId: string;
  readonly serviceDate: string;
  readonly question: string;
  readonly askedBy: string;
  /** The accounts' names (null for an actor that is no account). */
  readonly askedByName: string | null;
  readonly askedAt: Date;
  readonly statusBeforeHold: EncounterStatus;
  readonly answer: string | null;
  readonly answeredBy: string | null;
  readonly answeredByName: string | null;
  readonly answeredAt: Date | null;
}

const SELECT = `select q.*, e.patient_id, e.service_date_from,
    asker.name as asked_by_name, answerer.name as answered_by_name
  from provider_queries q join encounters e on e.org_id = q.org_id and e.id = q.encounter_id
  left join users asker on asker.org_id = q.org_id and asker.id::text = q.asked_by
  left join users answerer on answerer.org_id = q.org_id and answerer.id::text = q.answered_by`;

const fromRow = (row: Record<string, unknown>): ProviderQuery => ({
  id: String(row.id),
  encounterId: String(row.encounter_id),
  providerId: String(row.provider_id),
  patientId: String(row.patient_id),
  serviceDate: String(row.service_date_from),
  question: String(row.question),
  askedBy: String(row.asked_by),
  askedByName: (row.asked_by_name as string | null) ?? null,
  askedAt: row.asked_at as Date,
  statusBeforeHold: row.status_before_hold as EncounterStatus,
  answer: (row.answer as string | null) ?? null,
  answeredBy: (row.answered_by as string | null) ?? null,
  answeredByName: (row.answered_by_name as string | null) ?? null,
  answeredAt: (row.answered_at as Date | null) ?? null,
});

export async function insertProviderQuery(
  q: Queryable,
  orgId: string,
  query: Pick<
    ProviderQuery,
    'encounterId' | 'providerId' | 'question' | 'askedBy' | 'statusBeforeHold'
  >,
): Promise<ProviderQuery> {
  const inserted = firstRow(
    await q.query<{ id: string }>(
      `insert into provider_queries (org_id, encounter_id, provider_id, question, asked_by, status_before_hold)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        orgId,
        query.encounterId,
        query.providerId,
        query.question,
        query.askedBy,
        query.statusBeforeHold,
      ],
    ),
  );
  return firstRow(
    (await q.query(`${SELECT} where q.org_id = $1 and q.id = $2`, [orgId, inserted.id])).map(
      fromRow,
    ),
  );
}

/** The query, locked until the transaction ends (two answers at once: one wins). */
export async function lockProviderQuery(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<ProviderQuery | undefined> {
  const rows = await q.query(`${SELECT} where q.org_id = $1 and q.id = $2 for update of q`, [
    orgId,
    id,
  ]);
  return rows[0] ? fromRow(rows[0]) : undefined;
}

export async function answerProviderQuery(
  q: Queryable,
  orgId: string,
  id: string,
  answer: { text: string; by: string },
): Promise<ProviderQuery> {
  await q.query(
    `update provider_queries set answer = $3, answered_by = $4, answered_at = now()
     where org_id = $1 and id = $2`,
    [orgId, id, answer.text, answer.by],
  );
  return firstRow(
    (await q.query(`${SELECT} where q.org_id = $1 and q.id = $2`, [orgId, id])).map(fromRow),
  );
}

export async function openQueriesOnEncounter(
  q: Queryable,
  orgId: string,
  encounterId: string,
): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `select count(*)::int as n from provider_queries
     where org_id = $1 and encounter_id = $2 and answered_at is null`,
    [orgId, encounterId],
  );
  return rows[0]?.n ?? 0;
}

export interface ProviderQueryFilter {
  readonly providerId?: string | undefined;
  readonly encounterId?: string | undefined;
  readonly open?: boolean | undefined;
}

/** Oldest first: a provider answers in the order coders asked. */
export async function listProviderQueries(
  q: Queryable,
  orgId: string,
  filter: ProviderQueryFilter,
  page: PageRequest,
): Promise<PageResult<ProviderQuery>> {
  const where = `q.org_id = $1
    and ($2::uuid is null or q.provider_id = $2)
    and ($3::uuid is null or q.encounter_id = $3)
    and ($4::boolean is null or (q.answered_at is null) = $4)`;
  const params = [
    orgId,
    filter.providerId ?? null,
    filter.encounterId ?? null,
    filter.open ?? null,
  ];
  const rows = await q.query(`${SELECT} where ${where} order by q.seq limit $5 offset $6`, [
    ...params,
    page.limit,
    page.offset,
  ]);
  const counted = await q.query<{ n: number }>(
    `select count(*)::int as n from provider_queries q where ${where}`,
    params,
  );
  return { items: rows.map(fromRow), total: counted[0]?.n ?? 0, ...page };
}
