import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import type { SessionBody, SessionUser } from '../api/types.ts';

export type AccountView = SessionUser & { readonly totpEnabled: boolean };

/** The signed-in account as the server has it now (second factor on or off). */
export function useAccount() {
  return useQuery({
    queryKey: ['account'],
    queryFn: () => api<SessionBody>('/auth/session'),
    select: (body) => body.user as AccountView,
  });
}

export interface TotpSetup {
  readonly secret: string;
  readonly uri: string;
}

/** A new secret for the authenticator app; not active until a code confirms it. */
export function useTotpSetup() {
  return useMutation({
    mutationFn: () => api<TotpSetup>('/auth/totp/setup', { method: 'POST' }),
  });
}

/** Turns the second factor on (with the secret and a current code) or off (with a code). */
export function useTotpChange(change: 'enable' | 'disable') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string; secret?: string }) =>
      api(`/auth/totp/${change}`, { method: 'POST', body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['account'] }),
  });
}
