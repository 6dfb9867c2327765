import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type { Page, WorklistItem, WorklistKind } from '../api/types.ts';

export function useWorklist(
  kind: WorklistKind,
  status: 'open' | 'resolved',
  offset = 0,
  limit = 200,
) {
  return useQuery({
    queryKey: ['worklists', kind, status, offset, limit],
    queryFn: () => api<Page<WorklistItem>>(`/worklists${query({ kind, status, offset, limit })}`),
    placeholderData: keepPreviousData,
  });
}

export type WorklistAction =
  | { readonly action: 'assign'; readonly text: string; readonly assignTo: string }
  | { readonly action: 'note' | 'resolve' | 'reopen'; readonly text: string };

export interface WorklistNote {
  readonly action: string;
  readonly text: string;
  readonly actorId: string;
  readonly actorName: string | null;
  readonly at: string;
}

/** What people did with the item so far, oldest first. */
export function useWorklistHistory(itemId: string) {
  return useQuery({
    queryKey: ['worklist-history', itemId],
    queryFn: () => api<{ history: WorklistNote[] }>(`/worklists/${itemId}/history`),
    select: (body) => body.history,
  });
}

export function useWorklistAction(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorklistAction) =>
      api<{ history: WorklistNote[] }>(`/worklists/${itemId}/actions`, { method: 'POST', body }),
    onSuccess: (answer) => {
      queryClient.setQueryData(['worklist-history', itemId], answer);
      void queryClient.invalidateQueries({ queryKey: ['worklists'] });
    },
  });
}

export interface Colleague {
  readonly id: string;
  readonly name: string;
}

/** The colleagues who can work the queues (active accounts that may act on claims). */
export function useAssignableUsers() {
  return useQuery({
    queryKey: ['users', 'assignable'],
    queryFn: () => api<{ items: Colleague[] }>('/users/assignable'),
    staleTime: 5 * 60_000,
    select: (body) => body.items,
  });
}

/** Lists claims with no answer after their payer's follow-up days (and resolves answered ones). */
export function useRefreshFollowUps() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ opened: number; resolved: number }>('/worklists/follow-up/refresh', {
        method: 'POST',
      }),
    onSuccess: () => {
      for (const key of ['worklists', 'dashboard']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
    },
  });
}
