import { useState } from 'react';
import { Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { TotpCodeInput } from './totp-code-input.tsx';
import { TotpEnrol } from './totp-enrol.tsx';
import { totpCode } from './totp-secret.ts';
import { useAccount, useTotpChange } from './use-account.ts';

/** My account: who I am here, and the second factor (TOTP) on or off. */
export function AccountPage() {
  const account = useAccount();
  if (account.error) return <ProblemAlert error={account.error} />;
  if (!account.data) return <Loader size="sm" />;
  const user = account.data;
  return (
    <Stack gap="sm" maw={720}>
      <Title order={3}>My account</Title>
      <Text size="sm">
        {user.name} · {user.email} · {user.orgName} ·{' '}
        {user.roles.map((r) => r.replace('_', ' ')).join(', ')}
      </Text>
      <Paper withBorder p="sm">
        <Group gap="xs" mb="xs">
          <Text fw={700} size="sm">
            Second factor
          </Text>
          <Badge color={user.totpEnabled ? 'green' : 'gray'} variant="light">
            {user.totpEnabled ? 'on' : 'off'}
          </Badge>
        </Group>
        {user.totpEnabled ? <TotpOff /> : <TotpEnrol />}
      </Paper>
      <Text size="xs" c="dimmed">
        To change your password, ask an administrator (Users).
      </Text>
    </Stack>
  );
}

function TotpOff() {
  const disable = useTotpChange('disable');
  const [text, setText] = useState('');
  const code = totpCode(text);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (code) disable.mutate({ code });
      }}
    >
      <Stack gap="xs">
        <Text size="sm">
          Signing in asks for the code your authenticator app shows. To turn it off, type the
          current code.
        </Text>
        <Group gap="xs">
          <TotpCodeInput label="Current code" value={text} onChange={setText} />
          <Button
            type="submit"
            color="red"
            variant="light"
            disabled={!code}
            loading={disable.isPending}
          >
            Turn off
          </Button>
        </Group>
        <ProblemAlert error={disable.error} title="Still on" />
      </Stack>
    </form>
  );
}
