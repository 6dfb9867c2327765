import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type { EncounterStatus, Page } from '../api/types.ts';

export interface EncounterRow {
  readonly id: string;
  readonly status: EncounterStatus;
  readonly serviceDateFrom: string;
  readonly placeOfService: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly providerName: string;
  readonly diagnoses: string[];
  readonly procedures: string[];
}

export interface EncounterFilter {
  readonly status?: EncounterStatus | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly q?: string | undefined;
}

export function useEncounterWorklist(filter: EncounterFilter, offset: number, limit = 100) {
  return useQuery({
    queryKey: ['encounters', filter, offset, limit],
    queryFn: () =>
      api<Page<EncounterRow>>(`/encounter-worklist${query({ ...filter, offset, limit })}`),
    placeholderData: keepPreviousData,
  });
}
