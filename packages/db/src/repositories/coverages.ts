import type {
  Coverage,
  CoverageInput,
  CoverageOrder,
  IsoDate,
  MedicareSecondaryType,
  RelationshipCode,
} from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import { optionalFields } from './address-columns.ts';
import { personColumns, personFromRow } from './person-columns.ts';
import { insertRow, selectRow, selectRows, updateRow } from './rows.ts';
import { optionalDate } from './row-values.ts';

type Row = Record<string, unknown>;

export function coverageFromRow(row: Row): Coverage {
  const effectiveTo = optionalDate(row, 'effective_to');
  return {
    id: String(row.id),
    patientId: String(row.patient_id),
    payerId: String(row.payer_id),
    order: row.coverage_order as CoverageOrder,
    memberId: String(row.member_id),
    relationship: String(row.relationship) as RelationshipCode,
    effectiveFrom: String(row.effective_from) as IsoDate,
    ...(effectiveTo ? { effectiveTo } : {}),
    ...(row.subscriber_last_name ? { subscriber: personFromRow(row, 'subscriber_') } : {}),
    ...optionalFields(row, { groupNumber: 'group_number', planName: 'plan_name' }),
    ...(typeof row.medicare_secondary_type === 'string'
      ? { medicareSecondaryType: row.medicare_secondary_type as MedicareSecondaryType }
      : {}),
  };
}

function columns(c: CoverageInput): Record<string, SqlParam> {
  return {
    payer_id: c.payerId,
    coverage_order: c.order,
    member_id: c.memberId,
    group_number: c.groupNumber ?? null,
    plan_name: c.planName ?? null,
    relationship: c.relationship,
    ...personColumns('subscriber_', c.subscriber),
    effective_from: c.effectiveFrom,
    effective_to: c.effectiveTo ?? null,
    medicare_secondary_type: c.medicareSecondaryType ?? null,
  };
}

/** Primary first, the latest effective first within an order. */
const IN_ORDER =
  "order by case coverage_order when 'primary' then 1 when 'secondary' then 2 else 3 end, effective_from desc";

export async function listCoverages(
  q: Queryable,
  orgId: string,
  patientId: string,
): Promise<Coverage[]> {
  const rows = await q.query(
    `select * from coverages where org_id = $1 and patient_id = $2 ${IN_ORDER}`,
    [orgId, patientId],
  );
  return rows.map(coverageFromRow);
}

/** Every coverage of each patient, primary first, the latest effective first within an order. */
export async function coveragesOfPatients(
  q: Queryable,
  orgId: string,
  patientIds: readonly string[],
): Promise<Map<string, Coverage[]>> {
  const byPatient = new Map<string, Coverage[]>(patientIds.map((id) => [id, []]));
  if (patientIds.length === 0) return byPatient;
  const rows = await q.query(
    `select * from coverages where org_id = $1 and patient_id = any($2::uuid[]) ${IN_ORDER}`,
    [orgId, patientIds],
  );
  for (const coverage of rows.map(coverageFromRow))
    byPatient.get(coverage.patientId)?.push(coverage);
  return byPatient;
}

export async function getCoverage(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<Coverage | undefined> {
  const row = await selectRow(q, 'coverages', orgId, id);
  return row ? coverageFromRow(row) : undefined;
}

/** The coverages with these ids, by id. */
export async function coveragesByIds(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, Coverage>> {
  const rows = await selectRows(q, 'coverages', orgId, [...new Set(ids)]);
  return new Map(rows.map((row) => [String(row.id), coverageFromRow(row)]));
}

export async function insertCoverage(
  q: Queryable,
  orgId: string,
  patientId: string,
  input: CoverageInput,
): Promise<Coverage> {
  return coverageFromRow(
    await insertRow(q, 'coverages', { org_id: orgId, patient_id: patientId, ...columns(input) }),
  );
}

export async function updateCoverage(
  q: Queryable,
  orgId: string,
  id: string,
  input: CoverageInput,
): Promise<Coverage | undefined> {
  const row = await updateRow(q, 'coverages', orgId, id, columns(input));
  return row ? coverageFromRow(row) : undefined;
}
