import { useState } from 'react';
import { Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMyQueries } from '../coding/use-provider-queries.ts';
import type { ProviderQuery } from '../coding/use-provider-queries.ts';
import { usePatient } from '../patients/use-patients.ts';
import { actorLabel } from '../shell/actor-label.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { selectableRow } from '../shell/selectable-row.ts';
import { StatusSwitch } from '../shell/status-switch.tsx';
import { TableHead } from '../shell/table-head.tsx';
import { QueryAnswer } from './query-answer.tsx';

type QueueStatus = 'open' | 'answered';
const QUEUES = [
  { value: 'open', label: 'Waiting' },
  { value: 'answered', label: 'Answered' },
] as const;

/** A provider's queue: the coders' questions about their notes, oldest first; answer each. */
export function MyQueriesPage() {
  const [status, setStatus] = useState<QueueStatus>('open');
  const queries = useMyQueries(status);
  const [picked, setPicked] = useState<ProviderQuery | null>(null);
  const items = queries.data?.items ?? [];
  const show = (next: QueueStatus) => {
    setPicked(null);
    setStatus(next);
  };

  return (
    <Stack gap="xs">
      <Title order={3}>My queries</Title>
      <StatusSwitch value={status} onChange={show} options={QUEUES} />
      <ProblemAlert error={queries.error} />
      <Grid gap="sm">
        <Grid.Col span={6}>
          {queries.data && items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {status === 'open' ? 'No question is waiting for you.' : 'Nothing answered yet.'}
            </Text>
          ) : (
            <Table striped highlightOnHover withTableBorder aria-label="Queries">
              <TableHead columns={['Asked', 'Patient', 'DOS', 'Question']} />
              <Table.Tbody>
                {items.map((q) => (
                  <Table.Tr
                    key={q.id}
                    {...selectableRow(() => setPicked(q))}
                    {...(q.id === picked?.id ? { bg: 'indigo.0' } : {})}
                  >
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {new Date(q.askedAt).toLocaleDateString()}
                      <Text size="xs" c="dimmed">
                        {actorLabel({ id: q.askedBy, name: q.askedByName })}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <PatientName id={q.patientId} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{q.serviceDate}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {q.question}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Grid.Col>
        <Grid.Col span={6}>
          <Paper withBorder p="xs">
            {picked ? (
              <QueryAnswer key={picked.id} query={picked} onAnswered={() => setPicked(null)} />
            ) : (
              <Text size="sm" c="dimmed">
                Pick a question (click, or Tab to it and press Enter) to read the note and answer.
              </Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function PatientName({ id }: { readonly id: string }) {
  const patient = usePatient(id).data;
  return patient ? `${patient.lastName}, ${patient.firstName}` : '…';
}
