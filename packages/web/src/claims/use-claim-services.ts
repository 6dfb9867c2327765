import { useQueries } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { ClaimLine, Encounter, ServiceLine } from '../api/types.ts';

/** The service each claim line bills (code, modifiers, units, charge), from its encounter. */
export function useClaimServices(lines: readonly ClaimLine[]): ReadonlyMap<string, ServiceLine> {
  const encounterIds = [...new Set(lines.map((l) => l.encounterId))];
  const encounters = useQueries({
    queries: encounterIds.map((id) => ({
      queryKey: ['encounter', id],
      queryFn: () => api<Encounter>(`/encounters/${id}`),
    })),
  });
  return new Map(
    encounters.flatMap((e) => e.data?.lines.map((line) => [line.id, line] as const) ?? []),
  );
}
