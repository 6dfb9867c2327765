import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { Encounter } from '../api/types.ts';

export function useEncounter(id: string) {
  return useQuery({
    queryKey: ['encounter', id],
    queryFn: () => api<Encounter>(`/encounters/${id}`),
  });
}

/** Saves the whole encounter (PUT); the saved, priced encounter replaces the cached one. */
export function useSaveEncounter(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Encounter>(`/encounters/${id}`, { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['encounter', id], saved);
      void queryClient.invalidateQueries({ queryKey: ['encounters'] });
    },
  });
}
