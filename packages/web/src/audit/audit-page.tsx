import { useState } from 'react';
import { Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import { actorLabel } from '../shell/actor-label.ts';
import { PagePicker } from '../shell/page-picker.tsx';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useUsers } from '../users/use-users.ts';

interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string;
  readonly actorEmail?: string;
  readonly actorName?: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId?: string;
  readonly patientId?: string;
  readonly ip?: string;
}

const PAGE = 100;

/** Who read or changed what, when, from where; and a check that nobody edited the trail. */
export function AuditPage() {
  const [filter, setFilter] = useState({
    actorId: '',
    patientId: '',
    action: '',
    from: '',
    to: '',
  });
  const [page, setPage] = useState(1);
  const users = useUsers();
  const log = useQuery({
    queryKey: ['audit', filter, page],
    queryFn: () =>
      api<{ items: AuditRow[]; total: number }>(
        `/audit${query({ ...filter, limit: PAGE, offset: (page - 1) * PAGE })}`,
      ),
    placeholderData: keepPreviousData,
  });
  const verify = useMutation({
    mutationFn: () =>
      api<{ ok: boolean; checked: number; firstBrokenSeq?: number }>('/audit/verify'),
  });
  const field = (key: keyof typeof filter, label: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={filter[key]}
      onChange={(e) => {
        setFilter({ ...filter, [key]: e.currentTarget.value });
        setPage(1);
      }}
    />
  );

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>Audit log</Title>
        <Group gap="xs">
          {verify.data && (
            <Text size="sm" c={verify.data.ok ? 'green' : 'red'}>
              {verify.data.ok
                ? `Chain intact (${verify.data.checked} entries checked)`
                : `Chain broken at entry ${verify.data.firstBrokenSeq ?? '?'}`}
            </Text>
          )}
          <Button variant="default" loading={verify.isPending} onClick={() => verify.mutate()}>
            Verify the chain
          </Button>
        </Group>
      </Group>
      <Group gap="xs" align="end">
        <Select
          label="User"
          placeholder="Everyone"
          searchable
          clearable
          w={240}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
          value={filter.actorId || null}
          onChange={(id) => {
            setFilter({ ...filter, actorId: id ?? '' });
            setPage(1);
          }}
        />
        {field('patientId', 'Patient ID')}
        {field('action', 'Action')}
        {field('from', 'From', 'date')}
        {field('to', 'To', 'date')}
      </Group>
      <ProblemAlert error={log.error ?? verify.error} />
      <Table striped withTableBorder aria-label="Audit entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>User</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>From</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.data?.items.map((row) => (
            <Table.Tr key={row.seq}>
              <Table.Td>{row.seq}</Table.Td>
              <Table.Td>{new Date(row.at).toLocaleString()}</Table.Td>
              <Table.Td>
                {actorLabel({ id: row.actorId, name: row.actorName })}
                {row.actorEmail && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {row.actorEmail}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{row.action}</Table.Td>
              <Table.Td>
                {row.entity} {row.entityId ?? ''}
              </Table.Td>
              <Table.Td ff="monospace">{row.patientId ?? ''}</Table.Td>
              <Table.Td>{row.ip ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(log.data?.total ?? 0) > PAGE && (
        <PagePicker
          total={Math.ceil((log.data?.total ?? 0) / PAGE)}
          value={page}
          onChange={setPage}
        />
      )}
    </Stack>
  );
}
