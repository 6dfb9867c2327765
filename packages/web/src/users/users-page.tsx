import { useState } from 'react';
import type { FormEvent } from 'react';
import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  PasswordInput,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { Role } from '../api/types.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { ResetPassword } from './reset-password.tsx';
import { useCreateUser, useUpdateUser, useUsers } from './use-users.ts';

const ROLES: { value: Role; label: string }[] = [
  { value: 'admin', label: 'admin' },
  { value: 'manager', label: 'manager' },
  { value: 'biller', label: 'biller' },
  { value: 'coder', label: 'coder' },
  { value: 'front_desk', label: 'front desk' },
  { value: 'provider', label: 'provider' },
];

/** The organization's accounts: roles, disable, unlock; and a new account. */
export function UsersPage() {
  const users = useUsers();
  const update = useUpdateUser();
  return (
    <Stack gap="sm">
      <Title order={3}>Users and roles</Title>
      <ProblemAlert error={users.error ?? update.error} />
      <Table striped withTableBorder aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th w={320}>Roles</Table.Th>
            <Table.Th>Second factor</Table.Th>
            <Table.Th>Active</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.data?.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.name}</Table.Td>
              <Table.Td>{u.email}</Table.Td>
              <Table.Td>
                <MultiSelect
                  size="xs"
                  aria-label={`Roles of ${u.email}`}
                  data={ROLES}
                  value={u.roles}
                  onChange={(roles) =>
                    roles.length > 0 && update.mutate({ id: u.id, roles: roles })
                  }
                />
              </Table.Td>
              <Table.Td>
                {u.totpEnabled ? (
                  <Badge size="xs">TOTP</Badge>
                ) : (
                  <Text size="xs" c="dimmed">
                    none
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Switch
                  size="xs"
                  aria-label={`${u.email} active`}
                  checked={!u.disabled}
                  onChange={(e) => update.mutate({ id: u.id, disabled: !e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {u.lockedUntil && new Date(u.lockedUntil) > new Date() && (
                    <>
                      <Badge size="xs" color="orange" variant="light">
                        locked until {new Date(u.lockedUntil).toLocaleTimeString()}
                      </Badge>
                      <Button
                        size="compact-xs"
                        variant="default"
                        onClick={() => update.mutate({ id: u.id, unlock: true })}
                      >
                        Unlock
                      </Button>
                    </>
                  )}
                  <ResetPassword account={u} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <NewUser />
    </Stack>
  );
}

function NewUser() {
  const create = useCreateUser();
  const [form, setForm] = useState({ email: '', name: '', password: '', roles: [] as Role[] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(form, {
      onSuccess: () => setForm({ email: '', name: '', password: '', roles: [] }),
    });
  };
  return (
    <Paper withBorder p="xs">
      <form onSubmit={submit} aria-label="New account">
        <Text size="sm" fw={700} mb={4}>
          New account
        </Text>
        <Group gap="xs" align="end">
          <TextInput
            label="Name"
            required
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
          />
          <MultiSelect
            label="Roles"
            w={260}
            required
            data={ROLES}
            value={form.roles}
            onChange={(roles) => setForm({ ...form, roles: roles })}
          />
          <PasswordInput
            label="First password"
            description="12+ characters; they change it"
            required
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          <Button type="submit" loading={create.isPending}>
            Create
          </Button>
        </Group>
        <ProblemAlert error={create.error} title="Not created" />
      </form>
    </Paper>
  );
}
