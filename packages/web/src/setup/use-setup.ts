import { useQuery } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { Page, Payer, Provider } from '../api/types.ts';

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
