import { useState } from 'react';
import { Anchor, Badge, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import { formatIcd10cm, statusLabel } from '../format.ts';
import { PagePicker } from '../shell/page-picker.tsx';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { StatusDateFilters } from '../shell/status-date-filters.tsx';
import type { StatusDateFilter } from '../shell/status-date-filters.tsx';
import { useEncounterWorklist } from './use-encounter-worklist.ts';

const PAGE = 100;

/** The coders' queue: pick an encounter to code. */
export function EncounterListPage() {
  const [{ status, from, to }, setFilters] = useState<StatusDateFilter>({
    status: 'open',
    from: '',
    to: '',
  });
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
        <StatusDateFilters
          value={{ status, from, to }}
          fromLabel="Seen from"
          onChange={(next) => {
            setFilters(next);
            setPage(1);
          }}
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
