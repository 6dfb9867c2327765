import { useState } from 'react';
import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from 'react-router';
import { useUser } from '../session/session-context.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { usePatientSearch } from './use-patients.ts';

/** Find a patient by name, account number or member ID, and birth date. */
export function PatientsPage() {
  const [text, setText] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const search = usePatientSearch(q, dateOfBirth);
  const registers = useUser().roles.some(
    (r) => r === 'admin' || r === 'biller' || r === 'front_desk',
  );
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>Patients</Title>
        {registers && (
          <Button component={Link} to="/patients/new">
            Register a patient
          </Button>
        )}
      </Group>
      <Group gap="xs" align="end">
        <TextInput
          label="Name, account or member ID"
          w={260}
          autoFocus
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <TextInput
          label="Date of birth"
          type="date"
          value={dateOfBirth}
          onChange={(e) => setDateOfBirth(e.currentTarget.value)}
        />
        <Text size="sm" c="dimmed">
          {search.data?.total ?? 0} found
        </Text>
      </Group>
      <ProblemAlert error={search.error} />
      <Table striped highlightOnHover withTableBorder aria-label="Patients">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Date of birth</Table.Th>
            <Table.Th>Sex</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {search.data?.items.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Anchor component={Link} to={`/patients/${p.id}`} size="sm">
                  {p.lastName}, {p.firstName}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.accountNumber}</Table.Td>
              <Table.Td>{p.dateOfBirth}</Table.Td>
              <Table.Td>{p.sex}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
