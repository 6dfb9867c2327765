import { createContext, useContext } from 'react';
import type { SessionUser } from '../api/types.ts';

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly reason?: string }
  | {
      readonly status: 'signed-in';
      readonly user: SessionUser;
      /** `local`: the server runs without accounts (single-operator mode). */
      readonly mode: 'account' | 'local';
    };

export interface SignInInput {
  readonly email: string;
  readonly password: string;
  readonly totp?: string;
}

export interface Session {
  readonly state: SessionState;
  readonly signIn: (input: SignInInput) => Promise<void>;
  readonly signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** The signed-in user; only for screens behind the sign-in gate. */
export function useUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser before sign-in');
  return state.user;
}
