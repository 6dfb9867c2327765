import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { Role } from '../api/types.ts';

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: Role[];
  readonly disabled: boolean;
  readonly totpEnabled: boolean;
  readonly lockedUntil: string | null;
}

export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: () => api<{ items: Account[] }>('/users'),
    select: (body) => body.items,
  });
}

function useUsersMutation<In>(fn: (input: In) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useCreateUser() {
  return useUsersMutation(
    (body: { email: string; name: string; roles: Role[]; password: string }) =>
      api('/users', { method: 'POST', body }),
  );
}

export function useUpdateUser() {
  return useUsersMutation(
    ({
      id,
      ...body
    }: {
      id: string;
      roles?: Role[];
      disabled?: boolean;
      unlock?: true;
      password?: string;
    }) => api(`/users/${id}`, { method: 'PATCH', body }),
  );
}
