import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type { BuiltClaims, ClaimDetail, ClaimStatus, EncounterStatus, Page } from '../api/types.ts';
import type { FacilityBill, Practice } from './facility-bill.ts';

export interface BillFilter {
  readonly status?: EncounterStatus | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** A bill as the list answers it: with its patient, and the claim billing it now. */
export interface ListedFacilityBill extends FacilityBill {
  readonly patient: {
    /** `Last, First`. */
    readonly name: string;
    readonly accountNumber: string;
    readonly dateOfBirth: string;
  };
  /** Absent while no claim bills it, and for a user who may not read claims. */
  readonly claim?: {
    readonly id: string;
    readonly claimNumber: string;
    readonly status: ClaimStatus;
  };
}

/**
 * One page of facility bills, newest statement first (a provider sees the bills it attends),
 * each with its patient and current claim: one request for the page.
 */
export function useFacilityBills(filter: BillFilter, offset: number, limit: number) {
  return useQuery({
    queryKey: ['facility-bills', 'list', filter, offset, limit],
    queryFn: () =>
      api<Page<ListedFacilityBill>>(`/facility-bills${query({ ...filter, offset, limit })}`),
    placeholderData: keepPreviousData,
  });
}

export function useFacilityBill(id: string | undefined) {
  return useQuery({
    queryKey: ['facility-bills', 'detail', id],
    queryFn: () => api<FacilityBill>(`/facility-bills/${id ?? ''}`),
    enabled: id !== undefined,
  });
}

/** Creates (no id) or replaces the whole bill; the saved bill replaces the cached one. */
export function useSaveFacilityBill(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<FacilityBill>(id ? `/facility-bills/${id}` : '/facility-bills', {
        method: id ? 'PUT' : 'POST',
        body,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['facility-bills', 'detail', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['facility-bills', 'list'] });
    },
  });
}

/** The billing facilities: the organization's practices. */
export function usePractices() {
  return useQuery({
    queryKey: ['practices'],
    queryFn: () => api<Page<Practice>>('/practices?limit=500'),
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

/** Builds the bill's institutional claim (POST /claims/build with the bill's id), scrubbed. */
export function useBuildBillClaim(billId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<BuiltClaims>('/claims/build', { method: 'POST', body: { encounterIds: [billId] } }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['facility-bills'] });
      void queryClient.invalidateQueries({ queryKey: ['claims'] });
    },
  });
}

interface ListedClaim {
  readonly id: string;
  readonly kind: 'professional' | 'institutional';
  readonly version: number;
  readonly serviceDateFrom: string;
  readonly placeOfService: string;
}

/**
 * The current claim billing this facility bill, with its scrubber findings: the patient's
 * institutional claims for the statement's start and type of bill, newest version first, the
 * first whose lines come from this bill. Undefined while the bill has none.
 */
export function useBillClaim(bill: FacilityBill, enabled: boolean) {
  return useQuery({
    queryKey: ['claims', 'of-facility-bill', bill.id, bill.status],
    enabled: enabled && bill.status === 'billed',
    queryFn: async (): Promise<ClaimDetail | null> => {
      const { items } = await api<Page<ListedClaim>>(
        `/claims${query({ patientId: bill.patientId, limit: 200 })}`,
      );
      const candidates = items
        .filter(
          (c) =>
            c.kind === 'institutional' &&
            c.serviceDateFrom === bill.statementFrom &&
            c.placeOfService === bill.facilityType,
        )
        .sort((a, b) => b.version - a.version);
      for (const candidate of candidates) {
        const claim = await api<ClaimDetail>(`/claims/${candidate.id}`);
        if (claim.lines.some((line) => line.encounterId === bill.id)) return claim;
      }
      return null;
    },
  });
}
