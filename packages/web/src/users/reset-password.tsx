import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { DoneMessage } from '../shell/done-message.tsx';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import type { Account } from './use-users.ts';
import { useUpdateUser } from './use-users.ts';

/** Sets a new password for an account (the server checks the policy and ends its sessions). */
export function ResetPassword({ account }: { readonly account: Account }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="compact-xs" variant="default" onClick={() => setOpen(true)}>
        Reset password
      </Button>
      {open && <ResetDialog account={account} onClose={() => setOpen(false)} />}
    </>
  );
}

function ResetDialog({
  account,
  onClose,
}: {
  readonly account: Account;
  readonly onClose: () => void;
}) {
  const update = useUpdateUser();
  const [password, setPassword] = useState('');
  return (
    <Modal opened onClose={onClose} title={`New password for ${account.email}`}>
      {update.isSuccess ? (
        <DoneMessage onClose={onClose}>
          Saved. {account.name} is signed out everywhere and signs in with the new password.
        </DoneMessage>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ id: account.id, password });
          }}
        >
          <Stack gap="xs">
            <PasswordInput
              label="New password"
              description="12+ characters, not a common password; give it to them in person"
              required
              data-autofocus
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <ProblemAlert error={update.error} title="Not changed" />
            <Group justify="end">
              <Button type="submit" loading={update.isPending} disabled={password.length < 12}>
                Set the password
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
