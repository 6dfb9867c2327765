import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { ApiProblem } from '../api/problem.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useSession } from './session-context.ts';

/** Email, password and, when the account has one, the authenticator code. */
export function SignInPage({ reason }: { readonly reason?: string | undefined }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    signIn({ email, password, ...(needsTotp ? { totp } : {}) })
      .catch((e: unknown) => {
        if (e instanceof ApiProblem && e.code === 'totp_required') {
          // The first answer asks for the code; a later one says the code was wrong.
          if (needsTotp) setError(e);
          setNeedsTotp(true);
          setTotp('');
        } else setError(e);
      })
      .finally(() => setBusy(false));
  };

  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="lg" w={360}>
        <form onSubmit={submit} aria-label="Sign in">
          <Stack gap="sm">
            <Title order={2}>medbill</Title>
            {reason && !error && (
              <Alert color="blue" variant="light">
                {reason}
              </Alert>
            )}
            <ProblemAlert error={error} title="Sign-in failed" />
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            {needsTotp && (
              <TextInput
                label="Authenticator code"
                description="The 6 digits your authenticator app shows now"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                required
                autoFocus
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value)}
              />
            )}
            <Button type="submit" loading={busy}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
