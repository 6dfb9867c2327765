import type { ClaimStatus } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { appendClaimEvents } from './claim-events.ts';
import type { ClaimLineRecord, ClaimRecord } from './claims.ts';
import { claimFromRow, claimLineFromRow } from './claims.ts';
import { conditionColumns } from './condition-columns.ts';
import { firstRow, insertRows } from './rows.ts';

// Claims read and written a whole file or build at a time: a few statements, not a few per claim.

export type NewClaim = Pick<
  ClaimRecord,
  | 'claimNumber'
  | 'patientId'
  | 'coverageId'
  | 'payerId'
  | 'practiceId'
  | 'renderingProviderId'
  | 'placeOfService'
  | 'serviceDateFrom'
  | 'serviceDateTo'
  | 'diagnoses'
  | 'totalCharge'
  | 'conditions'
  | 'facilityFacts'
  | 'payerClaimNumber'
  | 'previousVersionId'
  | 'priorPayerClaimId'
> & {
  readonly lines: readonly Omit<ClaimLineRecord, 'controlNumber'>[];
  /** A new version (frequency 7/8) of an earlier claim, or a claim to a later payer. */
  readonly version?: number;
  readonly frequency?: ClaimRecord['frequency'];
  /** Professional unless said. */
  readonly kind?: ClaimRecord['kind'];
};

/** Creates a draft claim with its lines and first history event; call inside a transaction. */
export async function insertClaim(
  q: Queryable,
  orgId: string,
  claim: NewClaim,
  actorId: string,
  reason: string,
): Promise<ClaimRecord> {
  return firstRow(await insertClaims(q, orgId, [{ claim, reason }], actorId));
}

/**
 * Creates draft claims with their lines and first history events, in a few statements whatever
 * their number; returns them in the order given. Call inside a transaction.
 */
export async function insertClaims(
  q: Queryable,
  orgId: string,
  claims: readonly { readonly claim: NewClaim; readonly reason: string }[],
  actorId: string,
): Promise<ClaimRecord[]> {
  const rows = await insertRows(
    q,
    'claims',
    claims.map(({ claim }) => ({
      org_id: orgId,
      kind: claim.kind ?? 'professional',
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
      version: claim.version ?? 1,
      frequency: claim.frequency ?? '1',
      payer_claim_number: claim.payerClaimNumber ?? null,
      previous_version_id: claim.previousVersionId ?? null,
      prior_payer_claim_id: claim.priorPayerClaimId ?? null,
      ...conditionColumns(claim.conditions),
      // insertRows takes a jsonb column's object itself, not its JSON text.
      facility_facts: claim.facilityFacts ?? null,
    })),
    { returning: true },
  );
  const inserted = rows.map(claimFromRow);
  await insertRows(
    q,
    'claim_lines',
    claims.flatMap(({ claim }, i) =>
      claim.lines.map((line) => ({
        org_id: orgId,
        claim_id: inserted[i]?.id ?? '',
        sequence: line.sequence,
        service_line_id: line.serviceLineId,
        encounter_id: line.encounterId,
        control_number: `${claim.claimNumber}-${line.sequence}`,
        diagnosis_pointers: line.diagnosisPointers,
        revenue_code: line.revenueCode ?? null,
        procedure_code: line.billed?.procedureCode ?? null,
        modifiers: line.billed?.modifiers ?? null,
        units: line.billed?.units ?? null,
        charge_cents: line.billed?.charge ?? null,
        service_date: line.billed?.serviceDate ?? null,
      })),
    ),
  );
  await appendClaimEvents(
    q,
    orgId,
    inserted.map((claim, i) => ({
      claimId: claim.id,
      actorId,
      toStatus: 'draft',
      reason: claims[i]?.reason ?? '',
    })),
  );
  return inserted;
}

/** Claims whose CLM01 (claim number) or payer's claim number is one of these. */
export async function claimsByNumbers(
  q: Queryable,
  orgId: string,
  numbers: {
    readonly claimNumbers: readonly string[];
    readonly payerClaimNumbers: readonly string[];
  },
): Promise<ClaimRecord[]> {
  const rows = await q.query(
    `select * from claims where org_id = $1
       and (claim_number = any($2::text[]) or payer_claim_number = any($3::text[]))`,
    [orgId, numbers.claimNumbers, numbers.payerClaimNumbers],
  );
  return rows.map(claimFromRow);
}

/** Every claim of these patients, every version and status. */
export async function claimsOfPatients(
  q: Queryable,
  orgId: string,
  patientIds: readonly string[],
): Promise<ClaimRecord[]> {
  return claimsWhereAny(q, orgId, 'patient_id', patientIds);
}

/**
 * Locks the claims for the rest of the transaction and returns them as they are now. The rows are
 * locked in id order, so that two transactions locking overlapping sets queue instead of
 * deadlocking.
 */
export async function lockClaims(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
): Promise<ClaimRecord[]> {
  return claimsWhereAny(q, orgId, 'id', claimIds, 'order by id for update');
}

/** The lines of each claim, by sequence. */
export async function linesOfClaims(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
): Promise<Map<string, ClaimLineRecord[]>> {
  const byClaim = new Map<string, ClaimLineRecord[]>(claimIds.map((id) => [id, []]));
  if (claimIds.length === 0) return byClaim;
  const rows = await q.query(
    'select * from claim_lines where org_id = $1 and claim_id = any($2::uuid[]) order by claim_id, sequence',
    [orgId, claimIds],
  );
  for (const row of rows) byClaim.get(String(row.claim_id))?.push(claimLineFromRow(row));
  return byClaim;
}

/** Sets each claim's status and payer's claim number (none keeps the number it has). */
export async function updateClaims(
  q: Queryable,
  orgId: string,
  changes: readonly {
    readonly claimId: string;
    readonly status: ClaimStatus;
    readonly payerClaimNumber?: string;
  }[],
): Promise<void> {
  if (changes.length === 0) return;
  await q.query(
    `update claims c set status = u.status,
       payer_claim_number = coalesce(nullif(u.payer_claim_number, ''), c.payer_claim_number), updated_at = now()
     from unnest($2::uuid[], $3::text[], $4::text[]) as u(id, status, payer_claim_number)
     where c.org_id = $1 and c.id = u.id`,
    [
      orgId,
      changes.map((c) => c.claimId),
      changes.map((c) => c.status),
      changes.map((c) => c.payerClaimNumber ?? ''),
    ],
  );
}

/**
 * Moves claims from one status to another, recording why, where they are still in `from` (no
 * lost updates); returns the ids of the claims moved.
 */
export async function moveClaimStatuses(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
  move: { from: ClaimStatus; to: ClaimStatus; actorId: string; reason: string },
): Promise<Set<string>> {
  if (claimIds.length === 0) return new Set();
  const rows = await q.query<{ claim_id: string }>(
    `with moved as (
       update claims set status = $4, updated_at = now()
       where org_id = $1 and id = any($2::uuid[]) and status = $3 returning id)
     insert into claim_events (org_id, claim_id, actor_id, from_status, to_status, reason)
     select $1, id, $5, $3, $4, $6 from moved returning claim_id`,
    [orgId, claimIds, move.from, move.to, move.actorId, move.reason],
  );
  return new Set(rows.map((r) => r.claim_id));
}

/** Each claim's versions, newest first: the claim itself, then the versions it replaced. */
export async function claimVersionChains(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
): Promise<Map<string, string[]>> {
  const chains = new Map<string, string[]>(claimIds.map((id) => [id, []]));
  if (claimIds.length === 0) return chains;
  const rows = await q.query<{ start_id: string; id: string }>(
    `with recursive chain (start_id, id, previous_version_id, depth) as (
       select id, id, previous_version_id, 0 from claims where org_id = $1 and id = any($2::uuid[])
       union all
       select chain.start_id, c.id, c.previous_version_id, chain.depth + 1
       from chain join claims c on c.org_id = $1 and c.id = chain.previous_version_id
     )
     select start_id, id from chain order by start_id, depth`,
    [orgId, claimIds],
  );
  for (const row of rows) chains.get(row.start_id)?.push(row.id);
  return chains;
}

/** The newest version of each claim (the claim itself when nothing replaced it), by claim id. */
export async function newestVersionsOf(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
): Promise<Map<string, ClaimRecord>> {
  if (claimIds.length === 0) return new Map();
  const rows = await q.query(
    `with recursive chain (start_id, id, depth) as (
       select id, id, 0 from claims where org_id = $1 and id = any($2::uuid[])
       union all
       select chain.start_id, c.id, chain.depth + 1
       from chain join claims c on c.org_id = $1 and c.previous_version_id = chain.id
     )
     select distinct on (chain.start_id) chain.start_id, c.*
     from chain join claims c on c.org_id = $1 and c.id = chain.id
     order by chain.start_id, chain.depth desc`,
    [orgId, claimIds],
  );
  return new Map(rows.map((row) => [String(row.start_id), claimFromRow(row)]));
}

/** Claims built to later payers from any of these claims' adjudications. */
export async function laterPayerClaimsOf(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
): Promise<ClaimRecord[]> {
  return claimsWhereAny(q, orgId, 'prior_payer_claim_id', claimIds, 'order by created_at, id');
}

/** The claims whose `column` is one of `ids` (no query for none), with `tail` after the where. */
async function claimsWhereAny(
  q: Queryable,
  orgId: string,
  column: 'id' | 'patient_id' | 'prior_payer_claim_id',
  ids: readonly string[],
  tail: '' | 'order by id for update' | 'order by created_at, id' = '',
): Promise<ClaimRecord[]> {
  if (ids.length === 0) return [];
  const rows = await q.query(
    `select * from claims where org_id = $1 and ${column} = any($2::uuid[]) ${tail}`,
    [orgId, ids],
  );
  return rows.map(claimFromRow);
}
