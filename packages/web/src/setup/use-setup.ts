import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { Page, Payer, Provider, Receiver } from '../api/types.ts';

/** The practice's clinicians, cached for the session (they change rarely). */
export function useProviders() {
  return useQuery({
    queryKey: ['providers'],
    queryFn: () => api<Page<Provider>>('/providers?limit=500'),
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

export function usePayers() {
  return useQuery({
    queryKey: ['payers'],
    queryFn: () => api<Page<Payer>>('/payers?limit=500'),
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

export const providerName = (p: Provider) => `${p.lastName}, ${p.firstName}`;

/** The clearinghouses claims are sent through. */
export function useReceivers() {
  return useQuery({
    queryKey: ['receivers'],
    queryFn: () => api<Page<Receiver>>('/receivers?limit=500'),
    staleTime: 10 * 60_000,
    select: (page) => page.items,
  });
}

/** Creates (no id) or replaces (id) a payer or receiver; the lists refresh. */
export function useSaveSetup<T extends { readonly id: string }>(path: '/payers' | '/receivers') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string | undefined; body: Record<string, unknown> }) =>
      api<T>(id ? `${path}/${id}` : path, { method: id ? 'PUT' : 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [path.slice(1)] }),
  });
}
