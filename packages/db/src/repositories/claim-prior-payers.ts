import type { AdjustmentGroup, IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';
import { insertRows } from './rows.ts';

export interface PriorPayerAdjustment {
  readonly group: AdjustmentGroup;
  readonly reason: string;
  readonly amount: number;
}

/** How the earlier payer adjudicated one line (835 SVC → 837P 2430 SVD/CAS). */
export interface PriorPayerLine {
  /** The line's sequence on the claim that carries this adjudication. */
  readonly sequence: number;
  readonly procedureCode: string;
  readonly modifiers: readonly string[];
  readonly units?: number;
  readonly paid: number;
  readonly adjustments: readonly PriorPayerAdjustment[];
}

/** An earlier payer's adjudication carried by a secondary or tertiary claim (2320/2330B/2430). */
export interface PriorPayerRecord {
  /** 1: the primary payer's adjudication; 2: the secondary's. */
  readonly position: number;
  readonly priorClaimId: string;
  readonly coverageId: string;
  readonly responsibility: 'P' | 'S' | 'T';
  readonly adjudicatedOn: IsoDate;
  readonly paid: number;
  readonly patientResponsibility: number;
  readonly claimAdjustments: readonly PriorPayerAdjustment[];
  readonly lines: readonly PriorPayerLine[];
  readonly remittanceFileId?: string;
}

/** insertRows sends the rows as one JSON document: an array lands in its jsonb column as is. */
const jsonArray = (value: readonly object[]) => value as unknown as Record<string, unknown>;

export async function insertPriorPayer(
  q: Queryable,
  orgId: string,
  claimId: string,
  record: PriorPayerRecord,
): Promise<void> {
  await insertPriorPayers(q, orgId, [{ claimId, record }]);
}

/** The earlier payers' adjudications of many claims, in one statement per few thousand. */
export async function insertPriorPayers(
  q: Queryable,
  orgId: string,
  rows: readonly { readonly claimId: string; readonly record: PriorPayerRecord }[],
): Promise<void> {
  await insertRows(
    q,
    'claim_prior_payers',
    rows.map(({ claimId, record }) => ({
      org_id: orgId,
      claim_id: claimId,
      position: record.position,
      prior_claim_id: record.priorClaimId,
      coverage_id: record.coverageId,
      responsibility: record.responsibility,
      adjudicated_on: record.adjudicatedOn,
      paid_cents: record.paid,
      patient_responsibility_cents: record.patientResponsibility,
      claim_adjustments: jsonArray(record.claimAdjustments),
      lines: jsonArray(record.lines),
      remittance_file_id: record.remittanceFileId ?? null,
    })),
  );
}

export async function priorPayersOf(
  q: Queryable,
  orgId: string,
  claimId: string,
): Promise<PriorPayerRecord[]> {
  return (await priorPayersOfClaims(q, orgId, [claimId])).get(claimId) ?? [];
}

/** The earlier payers each claim carries, by claim id, by position. */
export async function priorPayersOfClaims(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
): Promise<Map<string, PriorPayerRecord[]>> {
  const byClaim = new Map<string, PriorPayerRecord[]>(claimIds.map((id) => [id, []]));
  if (claimIds.length === 0) return byClaim;
  const rows = await q.query(
    'select * from claim_prior_payers where org_id = $1 and claim_id = any($2::uuid[]) order by claim_id, position',
    [orgId, claimIds],
  );
  for (const row of rows) byClaim.get(String(row.claim_id))?.push(priorPayerFromRow(row));
  return byClaim;
}

function priorPayerFromRow(row: Record<string, unknown>): PriorPayerRecord {
  return {
    position: Number(row.position),
    priorClaimId: String(row.prior_claim_id),
    coverageId: String(row.coverage_id),
    responsibility: row.responsibility as PriorPayerRecord['responsibility'],
    adjudicatedOn: row.adjudicated_on as IsoDate,
    paid: Number(row.paid_cents),
    patientResponsibility: Number(row.patient_responsibility_cents),
    claimAdjustments: row.claim_adjustments as PriorPayerAdjustment[],
    lines: row.lines as PriorPayerLine[],
    ...(typeof row.remittance_file_id === 'string'
      ? { remittanceFileId: row.remittance_file_id }
      : {}),
  };
}
