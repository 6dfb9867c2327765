import { createHash } from 'node:crypto';
import type { Queryable } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';

/** One read or write of patient data, attributable to an actor (HIPAA §164.312(b)). */
export interface AuditEvent {
  readonly orgId: string;
  readonly actorId: string;
  readonly action:
    'read' | 'create' | 'update' | 'delete' | 'search' | 'sign_in' | 'sign_in_failed' | 'sign_out';
  readonly entity: string;
  readonly entityId?: string;
  readonly patientId?: string;
  readonly requestId?: string;
  readonly ip?: string;
}

export async function appendAudit(q: Queryable, event: AuditEvent): Promise<void> {
  await q.query(
    `insert into audit_log (org_id, actor_id, action, entity, entity_id, patient_id, request_id, ip)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      event.orgId,
      event.actorId,
      event.action,
      event.entity,
      event.entityId ?? null,
      event.patientId ?? null,
      event.requestId ?? null,
      event.ip ?? null,
    ],
  );
}

export async function countAudit(q: Queryable, orgId: string, patientId?: string): Promise<number> {
  const rows = await q.query<{ n: number }>(
    'select count(*)::int as n from audit_log where org_id = $1 and ($2::uuid is null or patient_id = $2)',
    [orgId, patientId ?? null],
  );
  return rows[0]?.n ?? 0;
}

export interface AuditRecord {
  readonly seq: number;
  readonly at: Date;
  readonly actorId: string;
  readonly actorEmail: string | null;
  readonly actorName: string | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly patientId: string | null;
  readonly requestId: string | null;
  readonly ip: string | null;
}

export interface AuditFilter {
  readonly actorId?: string | undefined;
  readonly patientId?: string | undefined;
  readonly entity?: string | undefined;
  readonly action?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

/** The audit trail of one organization, newest first. */
export async function listAudit(
  q: Queryable,
  orgId: string,
  filter: AuditFilter,
  page: PageRequest,
): Promise<PageResult<AuditRecord>> {
  const where = `a.org_id = $1
    and ($2::text is null or a.actor_id = $2)
    and ($3::uuid is null or a.patient_id = $3)
    and ($4::text is null or a.entity = $4)
    and ($5::text is null or a.action = $5)
    and ($6::timestamptz is null or a.at >= $6)
    and ($7::timestamptz is null or a.at < $7)`;
  const params = [
    orgId,
    filter.actorId ?? null,
    filter.patientId ?? null,
    filter.entity ?? null,
    filter.action ?? null,
    filter.from ?? null,
    filter.to ?? null,
  ];
  const rows = await q.query(
    `select a.*, u.email as actor_email, u.name as actor_name from audit_log a
     left join users u on u.org_id = a.org_id and u.id::text = a.actor_id
     where ${where} order by a.chain_seq desc limit $8 offset $9`,
    [...params, page.limit, page.offset],
  );
  const counted = await q.query<{ n: number }>(
    `select count(*)::int as n from audit_log a where ${where}`,
    params,
  );
  return {
    items: rows.map((row) => ({
      seq: Number(row.chain_seq),
      at: row.at as Date,
      actorId: String(row.actor_id),
      actorEmail: (row.actor_email as string | null) ?? null,
      actorName: (row.actor_name as string | null) ?? null,
      action: String(row.action),
      entity: String(row.entity),
      entityId: (row.entity_id as string | null) ?? null,
      patientId: (row.patient_id as string | null) ?? null,
      requestId: (row.request_id as string | null) ?? null,
      ip: (row.ip as string | null) ?? null,
    })),
    total: counted[0]?.n ?? 0,
    limit: page.limit,
    offset: page.offset,
  };
}

export interface AuditChainVerdict {
  readonly ok: boolean;
  readonly checked: number;
  /** The newest row's hash: kept outside the database, it proves later that no row was cut off the end. */
  readonly headHash: string | null;
  readonly firstBroken?: { readonly seq: number; readonly reason: string };
}

const GENESIS = '0'.repeat(64);

/**
 * Recomputes every row's hash from its fields, here rather than with the database's own
 * function, so that a tampered function cannot vouch for tampered rows.
 */
export async function verifyAuditChain(
  q: Queryable,
  orgId: string,
  pageSize = 5000,
): Promise<AuditChainVerdict> {
  let expectedSeq = 1;
  let previousHash = GENESIS;
  for (;;) {
    const rows = await q.query<ChainRow>(
      `select chain_seq, prev_hash, hash, org_id::text as org_id,
         to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at_text,
         actor_id, action, entity, entity_id, patient_id::text as patient_id, request_id, ip
       from audit_log where org_id = $1 and chain_seq >= $2 order by chain_seq limit $3`,
      [orgId, expectedSeq, pageSize],
    );
    for (const row of rows) {
      const seq = Number(row.chain_seq);
      const broken = (reason: string): AuditChainVerdict => ({
        ok: false,
        checked: expectedSeq - 1,
        headHash: null,
        firstBroken: { seq, reason },
      });
      if (seq !== expectedSeq) return broken(`row ${expectedSeq} is missing`);
      if (row.prev_hash !== previousHash) return broken('it does not follow the row before it');
      if (rowHash(row) !== row.hash) return broken('its content does not match its hash');
      previousHash = row.hash;
      expectedSeq += 1;
    }
    if (rows.length < pageSize) break;
  }
  return {
    ok: true,
    checked: expectedSeq - 1,
    headHash: expectedSeq === 1 ? null : previousHash,
  };
}

interface ChainRow {
  readonly chain_seq: number;
  readonly prev_hash: string;
  readonly hash: string;
  readonly org_id: string;
  readonly at_text: string;
  readonly actor_id: string;
  readonly action: string;
  readonly entity: string;
  readonly entity_id: string | null;
  readonly patient_id: string | null;
  readonly request_id: string | null;
  readonly ip: string | null;
}

/** The same serialization as the migration's audit_row_text(). */
function rowHash(row: ChainRow): string {
  const field = (v: string | null) => (v === null ? '-' : `${[...v].length}:${v}`);
  const text = [
    row.prev_hash,
    String(row.chain_seq),
    row.org_id,
    row.at_text,
    field(row.actor_id),
    field(row.action),
    field(row.entity),
    field(row.entity_id),
    field(row.patient_id),
    field(row.request_id),
    field(row.ip),
  ].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
