import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button, Grid, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { TableHead } from '../shell/table-head.tsx';
import { PayerForm } from './payer-form.tsx';
import { ReceiverForm } from './receiver-form.tsx';
import { usePayers, useReceivers } from './use-setup.ts';

/** Which record the form shows: one of the list, or a new one. */
type Editing = { readonly id: string } | 'new' | null;

function rowProps(id: string, editing: Editing, pick: (id: string) => void) {
  return {
    tabIndex: 0,
    style: { cursor: 'pointer' },
    ...(editing !== null && editing !== 'new' && editing.id === id ? { bg: 'indigo.0' } : {}),
    onClick: () => pick(id),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') pick(id);
    },
  };
}

function PayersTab({ readOnly }: { readonly readOnly: boolean }) {
  const payers = usePayers();
  const receivers = useReceivers();
  const [editing, setEditing] = useState<Editing>(null);
  const receiverName = (id?: string) =>
    id ? (receivers.data?.find((r) => r.id === id)?.name ?? '…') : 'direct';
  const payer =
    editing && editing !== 'new' ? payers.data?.find((p) => p.id === editing.id) : undefined;
  return (
    <Grid gap="sm">
      <Grid.Col span={7}>
        <ProblemAlert error={payers.error} />
        <Table striped highlightOnHover withTableBorder aria-label="Payers">
          <TableHead
            columns={[
              'Payer',
              'Payer ID',
              'Filing',
              '$Timely filing',
              '$Follow-up',
              'Clearinghouse',
            ]}
          />
          <Table.Tbody>
            {payers.data?.map((p) => (
              <Table.Tr key={p.id} {...rowProps(p.id, editing, (id) => setEditing({ id }))}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td ff="monospace">{p.payerId}</Table.Td>
                <Table.Td>{p.claimFilingIndicator}</Table.Td>
                <Table.Td ta="right">{p.timelyFilingDays} d</Table.Td>
                <Table.Td ta="right">{p.followUpDays ?? 30} d</Table.Td>
                <Table.Td>{receiverName(p.receiverId)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Grid.Col>
      <Grid.Col span={5}>
        <Paper withBorder p="xs">
          {editing ? (
            <PayerForm
              key={payer?.id ?? 'new'}
              payer={payer}
              readOnly={readOnly}
              onSaved={(saved) => setEditing({ id: saved.id })}
            />
          ) : (
            <Text size="sm" c="dimmed">
              Pick a payer to see its setup{readOnly ? '' : ', or add one'}.
            </Text>
          )}
        </Paper>
      </Grid.Col>
      {!readOnly && (
        <Grid.Col span={12}>
          <Button variant="default" onClick={() => setEditing('new')}>
            Add a payer
          </Button>
        </Grid.Col>
      )}
    </Grid>
  );
}

function ReceiversTab({ readOnly }: { readonly readOnly: boolean }) {
  const receivers = useReceivers();
  const [editing, setEditing] = useState<Editing>(null);
  const receiver =
    editing && editing !== 'new' ? receivers.data?.find((r) => r.id === editing.id) : undefined;
  return (
    <Grid gap="sm">
      <Grid.Col span={5}>
        <ProblemAlert error={receivers.error} />
        <Table striped highlightOnHover withTableBorder aria-label="Clearinghouses">
          <TableHead columns={['Clearinghouse', 'Receiver ID', 'ISA06 → ISA08', 'Submitter']} />
          <Table.Tbody>
            {receivers.data?.map((r) => (
              <Table.Tr key={r.id} {...rowProps(r.id, editing, (id) => setEditing({ id }))}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td ff="monospace">{r.receiverId}</Table.Td>
                <Table.Td ff="monospace">
                  {r.interchangeSenderId} → {r.interchangeReceiverId}
                </Table.Td>
                <Table.Td>{r.submitterName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {receivers.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            No clearinghouse yet: every payer receives its claims directly.
          </Text>
        )}
        {!readOnly && (
          <Button mt="xs" variant="default" onClick={() => setEditing('new')}>
            Add a clearinghouse
          </Button>
        )}
      </Grid.Col>
      <Grid.Col span={7}>
        <Paper withBorder p="xs">
          {editing ? (
            <ReceiverForm
              key={receiver?.id ?? 'new'}
              receiver={receiver}
              readOnly={readOnly}
              onSaved={(saved) => setEditing({ id: saved.id })}
            />
          ) : (
            <Text size="sm" c="dimmed">
              Pick a clearinghouse to see the IDs it assigned{readOnly ? '' : ', or add one'}.
            </Text>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

/** Billing setup: payers (filing, follow-up days, clearinghouse) and the clearinghouses. */
export function SetupPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'receivers' ? 'receivers' : 'payers';
  const readOnly = !can(user.roles, 'setup:write');
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>Setup</Title>
        {readOnly && (
          <Text size="xs" c="dimmed">
            Read only: an administrator changes the setup.
          </Text>
        )}
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'receivers' ? { tab: value } : {})}
      >
        <Tabs.List>
          <Tabs.Tab value="payers">Payers</Tabs.Tab>
          <Tabs.Tab value="receivers">Clearinghouses</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="payers" pt="xs">
          <PayersTab readOnly={readOnly} />
        </Tabs.Panel>
        <Tabs.Panel value="receivers" pt="xs">
          <ReceiversTab readOnly={readOnly} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
