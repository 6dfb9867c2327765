import type { ClaimStatus, IsoDate } from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { firstRow, insertRow, selectRow } from './rows.ts';
import { pageOf } from './table-repository.ts';

type Row = Record<string, unknown>;

export interface ClaimRecord {
  readonly id: string;
  readonly claimNumber: string;
  readonly patientId: string;
  readonly coverageId: string;
  readonly payerId: string;
  readonly practiceId: string;
  readonly renderingProviderId: string;
  readonly placeOfService: string;
  readonly status: ClaimStatus;
  readonly version: number;
  readonly frequency: '1' | '7' | '8';
  readonly payerClaimNumber?: string;
  readonly serviceDateFrom: IsoDate;
  readonly serviceDateTo: IsoDate;
  readonly diagnoses: readonly string[];
  readonly totalCharge: number;
  readonly createdAt: Date;
}

export interface ClaimLineRecord {
  readonly sequence: number;
  readonly serviceLineId: string;
  readonly encounterId: string;
  readonly controlNumber: string;
  readonly diagnosisPointers: readonly number[];
}

export interface ClaimEventRecord {
  readonly at: Date;
  readonly actorId: string;
  readonly fromStatus?: ClaimStatus;
  readonly toStatus: ClaimStatus;
  readonly reason: string;
}

function fromRow(row: Row): ClaimRecord {
  return {
    id: String(row.id),
    claimNumber: String(row.claim_number),
    patientId: String(row.patient_id),
    coverageId: String(row.coverage_id),
    payerId: String(row.payer_id),
    practiceId: String(row.practice_id),
    renderingProviderId: String(row.rendering_provider_id),
    placeOfService: String(row.place_of_service),
    status: row.status as ClaimStatus,
    version: Number(row.version),
    frequency: row.frequency as ClaimRecord['frequency'],
    ...(typeof row.payer_claim_number === 'string'
      ? { payerClaimNumber: row.payer_claim_number }
      : {}),
    serviceDateFrom: row.service_date_from as IsoDate,
    serviceDateTo: row.service_date_to as IsoDate,
    diagnoses: row.diagnoses as string[],
    totalCharge: Number(row.total_charge_cents),
    createdAt: row.created_at as Date,
  };
}

export async function nextClaimNumber(q: Queryable, accountNumber: string): Promise<string> {
  const row = firstRow(await q.query<{ n: number }>("select nextval('claim_number_seq') as n"));
  return `${accountNumber}-${row.n}`;
}

export interface NewClaim {
  readonly claimNumber: string;
  readonly patientId: string;
  readonly coverageId: string;
  readonly payerId: string;
  readonly practiceId: string;
  readonly renderingProviderId: string;
  readonly placeOfService: string;
  readonly serviceDateFrom: IsoDate;
  readonly serviceDateTo: IsoDate;
  readonly diagnoses: readonly string[];
  readonly totalCharge: number;
  readonly lines: readonly Omit<ClaimLineRecord, 'controlNumber'>[];
}

/** Creates a draft claim with its lines and first history event; call inside a transaction. */
export async function insertClaim(
  q: Queryable,
  orgId: string,
  claim: NewClaim,
  actorId: string,
  reason: string,
): Promise<ClaimRecord> {
  const row = await insertRow(q, 'claims', {
    org_id: orgId,
    claim_number: claim.claimNumber,
    patient_id: claim.patientId,
    coverage_id: claim.coverageId,
    payer_id: claim.payerId,
    practice_id: claim.practiceId,
    rendering_provider_id: claim.renderingProviderId,
    place_of_service: claim.placeOfService,
    status: 'draft',
    service_date_from: claim.serviceDateFrom,
    service_date_to: claim.serviceDateTo,
    diagnoses: claim.diagnoses,
    total_charge_cents: claim.totalCharge,
  });
  for (const line of claim.lines) {
    await insertRow(q, 'claim_lines', {
      org_id: orgId,
      claim_id: String(row.id),
      sequence: line.sequence,
      service_line_id: line.serviceLineId,
      encounter_id: line.encounterId,
      control_number: `${claim.claimNumber}-${line.sequence}`,
      diagnosis_pointers: line.diagnosisPointers,
    });
  }
  await appendClaimEvent(q, orgId, String(row.id), { actorId, toStatus: 'draft', reason });
  return fromRow(row);
}

export async function appendClaimEvent(
  q: Queryable,
  orgId: string,
  claimId: string,
  event: { actorId: string; fromStatus?: ClaimStatus; toStatus: ClaimStatus; reason: string },
): Promise<void> {
  await q.query(
    'insert into claim_events (org_id, claim_id, actor_id, from_status, to_status, reason) values ($1, $2, $3, $4, $5, $6)',
    [orgId, claimId, event.actorId, event.fromStatus ?? null, event.toStatus, event.reason],
  );
}

/** Moves a claim's status and records why, only if it is still in `from` (no lost updates). */
export async function moveClaimStatus(
  q: Queryable,
  orgId: string,
  claimId: string,
  from: ClaimStatus,
  to: ClaimStatus,
  actorId: string,
  reason: string,
): Promise<boolean> {
  const rows = await q.query(
    'update claims set status = $4, updated_at = now() where org_id = $1 and id = $2 and status = $3 returning id',
    [orgId, claimId, from, to],
  );
  if (rows.length === 0) return false;
  await appendClaimEvent(q, orgId, claimId, { actorId, fromStatus: from, toStatus: to, reason });
  return true;
}

export async function getClaim(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<ClaimRecord | undefined> {
  const row = await selectRow(q, 'claims', orgId, id);
  return row ? fromRow(row) : undefined;
}

export async function claimLines(
  q: Queryable,
  orgId: string,
  claimId: string,
): Promise<ClaimLineRecord[]> {
  const rows = await q.query(
    'select * from claim_lines where org_id = $1 and claim_id = $2 order by sequence',
    [orgId, claimId],
  );
  return rows.map((row) => ({
    sequence: Number(row.sequence),
    serviceLineId: String(row.service_line_id),
    encounterId: String(row.encounter_id),
    controlNumber: String(row.control_number),
    diagnosisPointers: (row.diagnosis_pointers as number[]).map(Number),
  }));
}

export async function claimEvents(
  q: Queryable,
  orgId: string,
  claimId: string,
): Promise<ClaimEventRecord[]> {
  const rows = await q.query(
    'select * from claim_events where org_id = $1 and claim_id = $2 order by id',
    [orgId, claimId],
  );
  return rows.map((row) => ({
    at: row.at as Date,
    actorId: String(row.actor_id),
    ...(typeof row.from_status === 'string' ? { fromStatus: row.from_status as ClaimStatus } : {}),
    toStatus: row.to_status as ClaimStatus,
    reason: String(row.reason),
  }));
}

export interface ClaimFilter {
  readonly status?: ClaimStatus;
  readonly payerId?: string;
  readonly patientId?: string;
  readonly renderingProviderId?: string;
  /** Claims whose current scrub findings include this rule. */
  readonly ruleId?: string;
}

export async function listClaims(
  q: Queryable,
  orgId: string,
  filter: ClaimFilter,
  page: PageRequest,
): Promise<PageResult<ClaimRecord>> {
  const params: SqlParam[] = [orgId];
  const where = ['org_id = $1'];
  const add = (column: string, value: string | undefined) => {
    if (value !== undefined) where.push(`${column} = $${params.push(value)}`);
  };
  add('status', filter.status);
  add('payer_id', filter.payerId);
  add('patient_id', filter.patientId);
  add('rendering_provider_id', filter.renderingProviderId);
  if (filter.ruleId !== undefined) {
    where.push(
      `exists (select 1 from claim_scrub_issues s where s.org_id = claims.org_id and s.claim_id = claims.id and s.rule_id = $${params.push(filter.ruleId)})`,
    );
  }
  return pageOf(
    q,
    {
      from: 'claims',
      where: where.join(' and '),
      params,
      orderBy: 'service_date_from desc, claim_number',
    },
    page,
    fromRow,
  );
}

/** Service lines already on a claim that is not void: they must not be billed again. */
export async function billedServiceLines(
  q: Queryable,
  orgId: string,
  serviceLineIds: readonly string[],
): Promise<Set<string>> {
  if (serviceLineIds.length === 0) return new Set();
  const rows = await q.query<{ service_line_id: string }>(
    `select l.service_line_id from claim_lines l join claims c on c.org_id = l.org_id and c.id = l.claim_id
     where l.org_id = $1 and l.service_line_id = any($2::uuid[]) and c.status <> 'void'`,
    [orgId, serviceLineIds],
  );
  return new Set(rows.map((r) => r.service_line_id));
}
