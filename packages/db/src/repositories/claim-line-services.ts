import { serviceLabel } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { Queryable } from '../database.ts';

/** One claim line's service as that claim version bills it (its corrections applied). */
export interface ClaimLineService {
  readonly sequence: number;
  readonly serviceDate: IsoDate;
  /** The CPT/HCPCS code; absent on a facility line billed by its revenue code alone. */
  readonly procedureCode?: string;
  readonly modifiers: readonly string[];
  /** A facility claim line's NUBC revenue code (837I SV201, UB-04 FL 42). */
  readonly revenueCode?: string;
  /** A facility line's unit basis: DA days (accommodation) or UN units. */
  readonly unitBasis?: 'UN' | 'DA';
  readonly units: number;
  readonly charge: number;
  /** The service as a biller reads it: `99214-25`, `0120 room & board, semi-private (two beds)`. */
  readonly service: string;
}

/** The services a claim bills, by line sequence, in one query. */
export async function claimLineServices(
  q: Queryable,
  orgId: string,
  claimId: string,
): Promise<ClaimLineService[]> {
  const rows = await q.query<Record<string, unknown>>(
    `select l.sequence, s.service_date,
       coalesce(l.procedure_code, s.procedure_code) as procedure_code,
       coalesce(l.modifiers, s.modifiers) as modifiers,
       coalesce(l.revenue_code, s.revenue_code) as revenue_code, s.unit_basis,
       coalesce(l.units, s.units) as units, coalesce(l.charge_cents, s.charge_cents) as charge_cents
     from claim_lines l
     join service_lines s on s.org_id = l.org_id and s.id = l.service_line_id
     where l.org_id = $1 and l.claim_id = $2
     order by l.sequence`,
    [orgId, claimId],
  );
  return rows.map((row) => {
    const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
    const procedureCode = text(row.procedure_code);
    const revenueCode = text(row.revenue_code);
    const unitBasis = text(row.unit_basis);
    const modifiers = row.modifiers as string[];
    return {
      sequence: Number(row.sequence),
      serviceDate: row.service_date as IsoDate,
      ...(procedureCode === undefined ? {} : { procedureCode }),
      modifiers,
      ...(revenueCode === undefined ? {} : { revenueCode }),
      ...(unitBasis === 'UN' || unitBasis === 'DA' ? { unitBasis } : {}),
      units: Number(row.units),
      charge: Number(row.charge_cents),
      service: serviceLabel({ procedureCode, modifiers, revenueCode }),
    };
  });
}
