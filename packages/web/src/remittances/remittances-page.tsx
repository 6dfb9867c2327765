import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, FileInput, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatCents } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { WorklistTable } from '../worklists/worklist-table.tsx';
import { RemittanceDetail } from './remittance-detail.tsx';
import { useImportRemittance, useRemittanceFiles } from './use-remittances.ts';

/** Import an 835, see what each one posted, and the denials and unmatched items they left. */
export function RemittancesPage() {
  const upload = useImportRemittance();
  const files = useRemittanceFiles();
  // A work item links here with ?file=<id>: that 835 is shown first.
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState<string | null>(params.get('file'));
  const shown = chosen ?? files.data?.[0]?.id ?? null;

  return (
    <Stack gap="sm">
      <Title order={3}>Remittances</Title>
      <Paper withBorder p="xs">
        <FileInput
          label="Import an 835 remittance"
          description="Posted once, all or nothing: payments, adjustments, patient responsibility, denials."
          placeholder="Choose an 835 file…"
          accept=".835,.txt,.edi,.x12"
          w={420}
          clearable
          onChange={(file) =>
            file && upload.mutate(file, { onSuccess: (result) => setChosen(result.fileId) })
          }
        />
      </Paper>
      <ProblemAlert error={upload.error} title="Not posted" />
      {upload.data?.alreadyImported && (
        <Alert color="yellow" variant="light">
          This file was imported before: nothing was posted again.
        </Alert>
      )}
      {upload.data && !upload.data.alreadyImported && (
        <Alert color="green" variant="light">
          Posted {formatCents(upload.data.payment)} from {upload.data.payerName} on{' '}
          {upload.data.claims} claims · {upload.data.denials} lines denied · {upload.data.unmatched}{' '}
          unmatched
        </Alert>
      )}
      <Grid gap="sm">
        <Grid.Col span={4}>
          <Paper withBorder p="xs">
            <Text size="sm" fw={700} mb={4}>
              Imported
            </Text>
            <ProblemAlert error={files.error} />
            <Table highlightOnHover withTableBorder aria-label="Imported remittances">
              <Table.Tbody>
                {files.data?.map((f) => (
                  <Table.Tr
                    key={f.id}
                    tabIndex={0}
                    style={{ cursor: 'pointer' }}
                    {...(f.id === shown ? { bg: 'indigo.0' } : {})}
                    onClick={() => setChosen(f.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') setChosen(f.id);
                    }}
                  >
                    <Table.Td>{new Date(f.importedAt).toLocaleDateString()}</Table.Td>
                    <Table.Td>{f.payerName}</Table.Td>
                    <Table.Td ta="right">{formatCents(f.payment)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {files.data?.length === 0 && (
              <Text size="sm" c="dimmed">
                No 835 imported yet.
              </Text>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={8}>
          <Paper withBorder p="xs">
            {shown && <RemittanceDetail id={shown} />}
          </Paper>
        </Grid.Col>
      </Grid>
      <Group align="start" grow>
        <Paper withBorder p="xs">
          <Text size="sm" fw={700} mb={4}>
            Open denials
          </Text>
          <WorklistTable kind="denial" compact />
        </Paper>
        <Paper withBorder p="xs">
          <Text size="sm" fw={700} mb={4}>
            Unmatched remittance items
          </Text>
          <WorklistTable kind="unmatched_remittance" compact />
        </Paper>
      </Group>
    </Stack>
  );
}
