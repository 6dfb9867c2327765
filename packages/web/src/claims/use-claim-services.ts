import { useQueries } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { ClaimDetail, Encounter, ServiceLine } from '../api/types.ts';
import type { FacilityBill, RevenueLine } from '../facility-bills/facility-bill.ts';

/** A claim line's service: an encounter's line, or a facility bill's revenue line (FL 42). */
export type ClaimService = ServiceLine & { readonly revenueCode?: string };

/**
 * The service each claim line bills (code, modifiers, units, charge), from its encounter, or
 * from its facility bill for an institutional claim (revenue code and HCPCS).
 */
export function useClaimServices(
  claim: Pick<ClaimDetail, 'kind' | 'lines'>,
): ReadonlyMap<string, ClaimService> {
  const sourceIds = [...new Set(claim.lines.map((l) => l.encounterId))];
  const facility = claim.kind === 'institutional';
  const sources = useQueries({
    queries: sourceIds.map((id) => ({
      queryKey: facility ? ['facility-bills', 'claim-services', id] : ['encounter', id],
      queryFn: async (): Promise<ClaimService[]> =>
        facility
          ? (await api<FacilityBill>(`/facility-bills/${id}`)).lines.map(revenueService)
          : (await api<Encounter>(`/encounters/${id}`)).lines,
    })),
  });
  return new Map(sources.flatMap((s) => s.data?.map((line) => [line.id, line] as const) ?? []));
}

/** A revenue line as a claim line's service: its HCPCS (when billed) is the procedure code. */
export function revenueService(line: RevenueLine): ClaimService {
  return {
    id: line.id,
    sequence: line.sequence,
    procedureCode: line.procedureCode ?? { system: 'hcpcs', code: '' },
    modifiers: line.modifiers,
    units: line.units,
    charge: line.charge,
    chargeEntered: true,
    diagnosisPointers: [],
    serviceDate: line.serviceDate,
    revenueCode: line.revenueCode,
  };
}
