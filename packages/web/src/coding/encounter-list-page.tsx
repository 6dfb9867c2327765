import { useState } from 'react';
import { Anchor, Badge, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import type { EncounterStatus } from '../api/types.ts';
import { formatIcd10cm, statusLabel } from '../format.ts';
import { PagePicker } from '../shell/page-picker.tsx';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useEncounterWorklist } from './use-encounter-worklist.ts';

const PAGE = 100;
const STATUSES: EncounterStatus[] = ['open', 'coded', 'on_hold', 'billed'];

/** The coders' queue: pick an encounter to code. */
export function EncounterListPage() {
  const [status, setStatus] = useState<EncounterStatus | undefined>('open');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text, 250);
  const [page, setPage] = useState(1);
  const filter = { status, from, to, q };
  const list = useEncounterWorklist(filter, (page - 1) * PAGE, PAGE);
  const total = list.data?.total ?? 0;

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>Coding queue</Title>
        <Text size="sm" c="dimmed">
          {total} encounters
        </Text>
      </Group>
      <Group gap="xs" align="end">
        <Select
          label="Status"
          w={120}
          clearable
          data={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          value={status ?? null}
          onChange={(v) => {
            setStatus(v ?? undefined);
            setPage(1);
          }}
        />
        <TextInput
          label="Seen from"
          type="date"
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          label="to"
          type="date"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <TextInput
          label="Patient"
          placeholder="last name or account"
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setPage(1);
          }}
        />
      </Group>
      <ProblemAlert error={list.error} />
      <Table striped highlightOnHover withTableBorder aria-label="Encounters">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>DOS</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Provider</Table.Th>
            <Table.Th>POS</Table.Th>
            <Table.Th>Diagnoses</Table.Th>
            <Table.Th>Procedures</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.items.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{row.serviceDateFrom}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/encounters/${row.id}`} size="sm">
                  {row.patientName}
                </Anchor>
              </Table.Td>
              <Table.Td>{row.accountNumber}</Table.Td>
              <Table.Td>{row.providerName}</Table.Td>
              <Table.Td>{row.placeOfService}</Table.Td>
              <Table.Td ff="monospace">{row.diagnoses.map(formatIcd10cm).join(' ')}</Table.Td>
              <Table.Td ff="monospace">{row.procedures.join(' ')}</Table.Td>
              <Table.Td>
                <Badge size="xs" variant="light">
                  {statusLabel(row.status)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > PAGE && (
        <PagePicker total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />
      )}
    </Stack>
  );
}
