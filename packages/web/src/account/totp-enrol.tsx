import { useState } from 'react';
import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { TotpCodeInput } from './totp-code-input.tsx';
import { groupSecret, otpauthLabel, totpCode } from './totp-secret.ts';
import type { TotpSetup } from './use-account.ts';
import { useTotpChange, useTotpSetup } from './use-account.ts';

/**
 * Turning the second factor on: a new secret for the authenticator app (the otpauth:// URI, and
 * the secret in groups of four to type in), then a current code to prove the app has it.
 */
export function TotpEnrol() {
  const setup = useTotpSetup();
  if (!setup.data) {
    return (
      <Stack gap="xs" align="start">
        <Text size="sm">
          With a second factor, signing in also asks for the 6-digit code your authenticator app
          (any TOTP app) shows.
        </Text>
        <Button loading={setup.isPending} onClick={() => setup.mutate()}>
          Turn on the second factor
        </Button>
        <ProblemAlert error={setup.error} />
      </Stack>
    );
  }
  return <Confirm setup={setup.data} onRestart={() => setup.reset()} />;
}

function Confirm({
  setup,
  onRestart,
}: {
  readonly setup: TotpSetup;
  readonly onRestart: () => void;
}) {
  const enable = useTotpChange('enable');
  const [text, setText] = useState('');
  const code = totpCode(text);
  const label = otpauthLabel(setup.uri);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (code) enable.mutate({ secret: setup.secret, code });
      }}
    >
      <Stack gap="xs">
        <Text size="sm">
          1. In your authenticator app, add an account
          {label ? ` for ${label.account}${label.issuer ? ` (${label.issuer})` : ''}` : ''} with
          this key (time-based, 6 digits, every 30 seconds):
        </Text>
        <Code fz="lg" ta="center" p="xs" aria-label="Secret key" block>
          {groupSecret(setup.secret)}
        </Code>
        <Text size="xs" c="dimmed">
          Or paste the whole setup link if the app takes one:
        </Text>
        <Code
          block
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
          aria-label="Setup link"
        >
          {setup.uri}
        </Code>
        <Text size="sm">2. Type the code the app shows now:</Text>
        <Group gap="xs" align="start">
          <TotpCodeInput label="Code from the app" value={text} onChange={setText} autoFocus />
          <Button type="submit" disabled={!code} loading={enable.isPending}>
            Turn on
          </Button>
          <Button variant="subtle" onClick={onRestart}>
            Cancel
          </Button>
        </Group>
        <ProblemAlert error={enable.error} title="Not turned on" />
      </Stack>
    </form>
  );
}
