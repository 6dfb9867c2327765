import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type {
  Batch,
  BatchResult,
  BuiltClaims,
  ClaimDetail,
  ClaimRow,
  ClaimStatus,
  Page,
  ScrubOutcome,
} from '../api/types.ts';

export interface ClaimFilter {
  readonly status?: ClaimStatus | undefined;
  readonly payerId?: string | undefined;
  readonly providerId?: string | undefined;
  readonly ruleId?: string | undefined;
  readonly minAgeDays?: number | undefined;
  readonly maxAgeDays?: number | undefined;
  readonly q?: string | undefined;
}

/** Rows fetched per request; the table asks for the next page as the user scrolls near it. */
export const CLAIM_PAGE = 200;

/** The claims worklist, filtered on the server, fetched a page at a time. */
export function useClaimWorklist(filter: ClaimFilter) {
  return useInfiniteQuery({
    queryKey: ['claims', 'worklist', filter],
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      api<Page<ClaimRow>>(
        `/claim-worklist${query({ ...filter, limit: CLAIM_PAGE, offset: pageParam })}`,
      ),
    getNextPageParam: (last) =>
      last.offset + last.limit < last.total ? last.offset + last.limit : undefined,
  });
}

export function useClaim(id: string) {
  return useQuery({
    queryKey: ['claims', 'detail', id],
    queryFn: () => api<ClaimDetail>(`/claims/${id}`),
  });
}

export function useBatches() {
  return useQuery({
    queryKey: ['batches'],
    queryFn: () => api<Page<Batch>>('/batches?limit=100'),
  });
}

function useClaimsMutation<In, Out>(fn: (input: In) => Promise<Out>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['claims'] });
      void queryClient.invalidateQueries({ queryKey: ['batches'] });
      void queryClient.invalidateQueries({ queryKey: ['encounters'] });
    },
  });
}

/** Bills every coded encounter that has no claim yet (POST /claims/build). */
export function useBuildClaims() {
  return useClaimsMutation(() => api<BuiltClaims>('/claims/build', { method: 'POST', body: {} }));
}

/** Scrubs the claims one after another, reporting progress. */
export function useBulkScrub(onProgress: (done: number) => void) {
  return useClaimsMutation(async (ids: readonly string[]) => {
    const outcomes: ScrubOutcome[] = [];
    for (const id of ids) {
      outcomes.push(await api<ScrubOutcome>(`/claims/${id}/scrub`, { method: 'POST' }));
      onProgress(outcomes.length);
    }
    return outcomes;
  });
}

/** Puts the chosen ready claims (or every ready claim) into 837P batches. */
export function useBuildBatch() {
  return useClaimsMutation((claimIds: readonly string[] | undefined) =>
    api<BatchResult>('/batches', {
      method: 'POST',
      body: claimIds && claimIds.length > 0 ? { claimIds } : {},
    }),
  );
}
