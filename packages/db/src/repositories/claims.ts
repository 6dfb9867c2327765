import type { ClaimConditions, ClaimStatus, FacilityFacts, IsoDate } from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { appendClaimEvent } from './claim-events.ts';
import { conditionsFromRow } from './condition-columns.ts';
import { firstRow, selectRow } from './rows.ts';
import { pageTotal } from './page-total.ts';

type Row = Record<string, unknown>;

export interface ClaimRecord {
  readonly id: string;
  /** Professional (837P, CMS-1500) or institutional (837I, UB-04, built from a facility bill). */
  readonly kind: 'professional' | 'institutional';
  readonly claimNumber: string;
  readonly patientId: string;
  readonly coverageId: string;
  readonly payerId: string;
  readonly practiceId: string;
  /** The rendering provider; on an institutional claim, the attending provider. */
  readonly renderingProviderId: string;
  /** CLM05-1: the place of service, or on an institutional claim the facility type (TOB 1-2). */
  readonly placeOfService: string;
  readonly status: ClaimStatus;
  readonly version: number;
  /** CLM05-3; an institutional claim may also be a non-payment (0), interim (2-4) or late-charge (5) bill. */
  readonly frequency: '1' | '7' | '8' | '0' | '2' | '3' | '4' | '5';
  readonly payerClaimNumber?: string;
  readonly serviceDateFrom: IsoDate;
  readonly serviceDateTo: IsoDate;
  readonly diagnoses: readonly string[];
  readonly totalCharge: number;
  /** CLM11 related causes and the accident/onset dates the claim reports. */
  readonly conditions: ClaimConditions;
  /**
   * The UB-04 facts an institutional version bills when a correction changed them (complete);
   * absent, it bills its facility bill's.
   */
  readonly facilityFacts?: FacilityFacts;
  /** The version this one replaces (frequency 7/8). */
  readonly previousVersionId?: string;
  /** The claim whose payer adjudicated before this one (a secondary claim's primary). */
  readonly priorPayerClaimId?: string;
  /**
   * Why this unsent next-payer claim is held: the earlier payer's adjudication it carries no
   * longer stands. It is rebuilt when that payer's new 835 is posted.
   */
  readonly staleReason?: string;
  readonly createdAt: Date;
}

/** What a claim version bills for a line where it differs from the encounter's service line. */
export interface BilledLineOverride {
  readonly procedureCode?: string;
  readonly modifiers?: readonly string[];
  readonly units?: number;
  readonly charge?: number;
  readonly serviceDate?: IsoDate;
}

export interface ClaimLineRecord {
  readonly sequence: number;
  readonly serviceLineId: string;
  readonly encounterId: string;
  readonly controlNumber: string;
  readonly diagnosisPointers: readonly number[];
  /** SV201 on an institutional claim's line. */
  readonly revenueCode?: string;
  readonly billed?: BilledLineOverride;
}

/** A `claims` row as a {@link ClaimRecord}. */
export function claimFromRow(row: Row): ClaimRecord {
  return {
    id: String(row.id),
    kind: row.kind === 'institutional' ? 'institutional' : 'professional',
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
    conditions: conditionsFromRow(row),
    ...(row.facility_facts ? { facilityFacts: row.facility_facts as FacilityFacts } : {}),
    ...(typeof row.previous_version_id === 'string'
      ? { previousVersionId: row.previous_version_id }
      : {}),
    ...(typeof row.prior_payer_claim_id === 'string'
      ? { priorPayerClaimId: row.prior_payer_claim_id }
      : {}),
    ...(typeof row.stale_reason === 'string' ? { staleReason: row.stale_reason } : {}),
    createdAt: row.created_at as Date,
  };
}

function overrideOf(row: Row): BilledLineOverride | undefined {
  const override: BilledLineOverride = {
    ...(typeof row.procedure_code === 'string' ? { procedureCode: row.procedure_code } : {}),
    ...(Array.isArray(row.modifiers) ? { modifiers: row.modifiers as string[] } : {}),
    ...(row.units === null || row.units === undefined ? {} : { units: Number(row.units) }),
    ...(row.charge_cents === null || row.charge_cents === undefined
      ? {}
      : { charge: Number(row.charge_cents) }),
    ...(typeof row.service_date === 'string' ? { serviceDate: row.service_date as IsoDate } : {}),
  };
  return Object.keys(override).length > 0 ? override : undefined;
}

export async function nextClaimNumber(q: Queryable, accountNumber: string): Promise<string> {
  return firstRow(await nextClaimNumbers(q, [accountNumber]));
}

/** A fresh claim number for each account, in order, from one statement. */
export async function nextClaimNumbers(
  q: Queryable,
  accountNumbers: readonly string[],
): Promise<string[]> {
  if (accountNumbers.length === 0) return [];
  const rows = await q.query<{ n: number }>(
    "select nextval('claim_number_seq') as n from generate_series(1, $1) as g(i) order by g.i",
    [accountNumbers.length],
  );
  return accountNumbers.map((account, i) => `${account}-${rows[i]?.n}`);
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
  return row ? claimFromRow(row) : undefined;
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
  return rows.map(claimLineFromRow);
}

/** A `claim_lines` row as a {@link ClaimLineRecord}. */
export function claimLineFromRow(row: Row): ClaimLineRecord {
  const billed = overrideOf(row);
  return {
    sequence: Number(row.sequence),
    serviceLineId: String(row.service_line_id),
    encounterId: String(row.encounter_id),
    controlNumber: String(row.control_number),
    diagnosisPointers: (row.diagnosis_pointers as number[]).map(Number),
    ...(typeof row.revenue_code === 'string' ? { revenueCode: row.revenue_code } : {}),
    ...(billed ? { billed } : {}),
  };
}

/** The claim that replaced this one (its next version), if any. */
export async function nextVersionOf(
  q: Queryable,
  orgId: string,
  claimId: string,
): Promise<ClaimRecord | undefined> {
  const rows = await q.query(
    'select * from claims where org_id = $1 and previous_version_id = $2',
    [orgId, claimId],
  );
  return rows[0] ? claimFromRow(rows[0]) : undefined;
}

/**
 * Holds an unsent claim as stale (a draft until rebuilt), with why; false when it was already
 * stale or is no longer unsent. Records the move in its history.
 */
export async function markClaimStale(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
  actorId: string,
  reason: string,
): Promise<boolean> {
  const rows = await q.query(
    `update claims set stale_reason = $3, status = 'draft', updated_at = now()
     where org_id = $1 and id = $2 and stale_reason is null and status = $4 returning id`,
    [orgId, claim.id, reason, claim.status],
  );
  if (rows.length === 0) return false;
  await appendClaimEvent(q, orgId, claim.id, {
    actorId,
    fromStatus: claim.status,
    toStatus: 'draft',
    reason: `held: ${reason}`,
  });
  return true;
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
  // The page is read in index order and counted apart (see pageTotal): a count over the page's
  // rows would read and sort every claim of the organization.
  const n = params.length;
  const rows = await q.query<Row>(
    `select * from claims where ${where.join(' and ')}
     order by service_date_from desc, claim_number limit $${n + 1} offset $${n + 2}`,
    [...params, page.limit, page.offset],
  );
  const total = await pageTotal(page, rows.length, async () => {
    const [count] = await q.query<{ n: number }>(
      `select count(*)::int as n from claims where ${where.join(' and ')}`,
      params,
    );
    return count?.n ?? 0;
  });
  return { items: rows.map(claimFromRow), total, limit: page.limit, offset: page.offset };
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
