import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type { Page } from '../api/types.ts';

export interface ProviderQuery {
  readonly id: string;
  readonly encounterId: string;
  readonly patientId: string;
  readonly serviceDate: string;
  readonly question: string;
  readonly askedBy: string;
  readonly askedByName: string | null;
  readonly askedAt: string;
  readonly answer: string | null;
  readonly answeredBy: string | null;
  readonly answeredByName: string | null;
  readonly answeredAt: string | null;
}

/** The questions asked about this encounter, answered or not. */
export function useEncounterQueries(encounterId: string) {
  return useQuery({
    queryKey: ['provider-queries', encounterId],
    queryFn: () =>
      api<Page<ProviderQuery>>(`/provider-queries${query({ encounterId, status: 'all' })}`),
    select: (page) => page.items,
  });
}

/** Asks the rendering provider; the server holds the encounter until the answer. */
export function useAskProvider(encounterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (question: string) =>
      api<ProviderQuery>(`/encounters/${encounterId}/queries`, {
        method: 'POST',
        body: { question },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['provider-queries', encounterId] });
      void queryClient.invalidateQueries({ queryKey: ['encounter', encounterId] });
      void queryClient.invalidateQueries({ queryKey: ['encounters'] });
    },
  });
}

/** A provider's queue: the questions about their own encounters (the server scopes it). */
export function useMyQueries(status: 'open' | 'answered') {
  return useQuery({
    queryKey: ['provider-queries', 'mine', status],
    queryFn: () => api<Page<ProviderQuery>>(`/provider-queries${query({ status, limit: 200 })}`),
  });
}

/** Answers a question; the server releases the encounter when none is left open. */
export function useAnswerQuery(queryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: string) =>
      api<ProviderQuery>(`/provider-queries/${queryId}/answer`, {
        method: 'POST',
        body: { answer },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['provider-queries'] });
      void queryClient.invalidateQueries({ queryKey: ['encounters'] });
    },
  });
}
