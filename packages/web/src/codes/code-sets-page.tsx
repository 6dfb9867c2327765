import { useState } from 'react';
import {
  Badge,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/http.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useCodeSearch } from '../coding/use-code-search.ts';
import type { EncoderMode } from '../coding/use-code-search.ts';
import { ReleaseImport } from './release-import.tsx';
import { systemLabel } from './system-label.ts';
import type { ReleaseSummary } from './release-import-state.ts';

/** The official code-set releases loaded, and the encoder to look a code up on a date. */
export function CodeSetsPage() {
  const user = useUser();
  const releases = useQuery({
    queryKey: ['code-releases'],
    queryFn: () => api<{ releases: ReleaseSummary[] }>('/codes/releases'),
    select: (body) => body.releases,
  });
  const [mode, setMode] = useState<EncoderMode>('diagnosis');
  const [text, setText] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [q] = useDebouncedValue(text, 200);
  const hits = useCodeSearch(q, mode, date);

  return (
    <Stack gap="sm">
      <Title order={3}>Code sets</Title>
      <Paper withBorder p="xs">
        <Text size="sm" fw={700} mb={4}>
          Releases loaded
        </Text>
        <ProblemAlert error={releases.error} />
        <Table striped withTableBorder aria-label="Code-set releases">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>System</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Effective</Table.Th>
              <Table.Th ta="right">Codes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {releases.data?.map((r) => (
              <Table.Tr key={`${r.system}-${r.version}`}>
                <Table.Td>{systemLabel(r.system)}</Table.Td>
                <Table.Td>{r.version}</Table.Td>
                <Table.Td>
                  {r.effectiveFrom} – {r.effectiveTo ?? 'open'}
                </Table.Td>
                <Table.Td ta="right">{r.entries?.toLocaleString('en-US') ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {can(user.roles, 'codes:write') ? (
        <Paper withBorder p="xs" component="section" aria-labelledby="release-import-title">
          <Title order={4} size="sm" id="release-import-title" mb={4}>
            Import a new release
          </Title>
          <ReleaseImport />
        </Paper>
      ) : (
        <Text size="xs" c="dimmed">
          An administrator imports new releases here or with{' '}
          <code>medbill codes import &lt;folder or zip&gt;</code>.
        </Text>
      )}
      <Paper withBorder p="xs">
        <Group gap="xs" align="end" mb={4}>
          <SegmentedControl
            size="xs"
            value={mode}
            onChange={(v) => setMode(v)}
            data={[
              { value: 'diagnosis', label: 'ICD-10-CM' },
              { value: 'procedure', label: 'CPT / HCPCS' },
            ]}
          />
          <TextInput
            label="Search"
            w={320}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <TextInput
            label="Date of service"
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
        </Group>
        <ProblemAlert error={hits.error} />
        <Table striped withTableBorder aria-label="Codes">
          <Table.Tbody>
            {hits.data?.map((hit) => (
              <Table.Tr key={`${hit.system}:${hit.code}`}>
                <Table.Td ff="monospace" fw={600} w={90}>
                  {hit.display}
                </Table.Td>
                <Table.Td w={90}>
                  <Badge size="xs" variant="light" color={hit.billable ? 'green' : 'gray'}>
                    {hit.billable ? 'billable' : 'not billable'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {hit.title}
                  {hit.hint && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      — {hit.hint}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
