import type { Coverage, Payer } from '@medbill/core';
import type { PriorPayerRecord, Queryable } from '@medbill/db';
import { coveragesByIds, payers, priorPayersOfClaims } from '@medbill/db';

/** An earlier payer's adjudication with the coverage and payer it came from. */
export interface PriorPayerParty {
  readonly record: PriorPayerRecord;
  readonly coverage: Coverage;
  readonly payer: Payer;
}

/**
 * The earlier payers each claim carries (none for a primary claim), by claim id, in three queries
 * whatever the number of claims.
 */
export async function loadPriorPayersOf(
  q: Queryable,
  orgId: string,
  claimIds: readonly string[],
): Promise<Map<string, PriorPayerParty[]>> {
  const records = await priorPayersOfClaims(q, orgId, claimIds);
  const all = [...records.values()].flat();
  if (all.length === 0) return new Map(claimIds.map((id) => [id, []]));
  const coverages = await coveragesByIds(
    q,
    orgId,
    all.map((r) => r.coverageId),
  );
  const payersById = await payers.getMany(
    q,
    orgId,
    [...coverages.values()].map((c) => c.payerId),
  );
  return new Map(
    [...records].map(([claimId, list]) => [
      claimId,
      list.map((record) => {
        const coverage = coverages.get(record.coverageId);
        const payer = coverage ? payersById.get(coverage.payerId) : undefined;
        if (!coverage || !payer)
          throw new Error(`claim ${claimId} carries an earlier payer whose coverage is gone`);
        return { record, coverage, payer };
      }),
    ]),
  );
}
