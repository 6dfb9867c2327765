import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, lastRequestAt, onUnauthenticated, setCsrfToken } from '../api/http.ts';
import { ApiProblem } from '../api/problem.ts';
import type { SessionBody, SessionUser } from '../api/types.ts';
import { SessionContext } from './session-context.ts';
import type { Session, SessionState, SignInInput } from './session-context.ts';

/** Who works when the server runs without accounts: it treats every request as its operator. */
const LOCAL_OPERATOR: SessionUser = {
  id: 'local-operator',
  email: '',
  name: 'Local operator',
  roles: ['admin'],
  orgId: '',
  orgName: 'single-operator mode',
};

/**
 * Asks the server who is signed in, signs in and out, and returns to sign-in (saying why) when
 * any request answers 401: an idle timeout, a sign-out elsewhere, an expired session.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const [idleSeconds, setIdleSeconds] = useState(0);
  const signedIn = useCallback((body: SessionBody) => {
    setCsrfToken(body.csrfToken);
    setIdleSeconds(body.idleTimeoutSeconds);
    setState({ status: 'signed-in', user: body.user, mode: 'account' });
  }, []);

  // Leave the screen (and its patient data) as soon as the server's idle timeout has passed,
  // rather than at the next click: the server's answer says why.
  useEffect(() => {
    if (state.status !== 'signed-in' || idleSeconds === 0) return;
    const timer = setInterval(() => {
      if (Date.now() - lastRequestAt() > idleSeconds * 1000) {
        void api('/auth/session').catch(() => undefined);
      }
    }, 15_000);
    return () => clearInterval(timer);
  }, [state.status, idleSeconds]);

  useEffect(() => {
    onUnauthenticated((problem) => {
      queryClient.clear();
      setState({ status: 'signed-out', reason: problem.detail });
    });
    api<SessionBody>('/auth/session', { quiet401: true }).then(signedIn, (error: unknown) => {
      if (error instanceof ApiProblem && error.status === 404) {
        setState({ status: 'signed-in', user: LOCAL_OPERATOR, mode: 'local' });
      } else {
        setState({ status: 'signed-out' });
      }
    });
  }, [queryClient, signedIn]);

  const signIn = useCallback(
    async (input: SignInInput) => {
      signedIn(
        await api<SessionBody>('/auth/login', { method: 'POST', body: input, quiet401: true }),
      );
    },
    [signedIn],
  );

  const signOut = useCallback(async () => {
    await api('/auth/logout', { method: 'POST', quiet401: true }).catch(() => undefined);
    setCsrfToken('');
    queryClient.clear();
    setState({ status: 'signed-out', reason: 'You signed out.' });
  }, [queryClient]);

  const session = useMemo<Session>(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext value={session}>{children}</SessionContext>;
}
