import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type { Page, WorklistItem, WorklistKind } from '../api/types.ts';

export const WORKLIST_KINDS: readonly { kind: WorklistKind; label: string }[] = [
  { kind: 'denial', label: 'Denials' },
  { kind: 'rejection', label: 'Rejections' },
  { kind: 'unmatched_remittance', label: 'Unmatched ERA' },
  { kind: 'unmatched_acknowledgment', label: 'Unmatched acks' },
  { kind: 'follow_up', label: 'Follow-up' },
  { kind: 'credit_balance', label: 'Credit balances' },
];

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
  readonly at: string;
}

export function useWorklistAction(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorklistAction) =>
      api<{ history: WorklistNote[] }>(`/worklists/${itemId}/actions`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['worklists'] }),
  });
}
