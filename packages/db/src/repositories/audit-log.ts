import type { Queryable } from '../database.ts';

/** One read or write of patient data, attributable to an actor (HIPAA §164.312(b)). */
export interface AuditEvent {
  readonly orgId: string;
  readonly actorId: string;
  readonly action: 'read' | 'create' | 'update' | 'delete' | 'search';
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
