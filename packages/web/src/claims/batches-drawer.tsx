import { useState } from 'react';
import { Anchor, Box, Button, Code, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { apiText } from '../api/http.ts';
import { formatCents } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useBatches } from './use-claims.ts';

/** Submission batches: each 837 file exactly as made, to preview or download. */
export function BatchesDrawer({
  opened,
  onClose,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
}) {
  const batches = useBatches();
  const [preview, setPreview] = useState<string | null>(null);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="xl"
      title="Batches (837P files)"
    >
      <ProblemAlert error={batches.error} />
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Made</Table.Th>
            <Table.Th>Receiver</Table.Th>
            <Table.Th ta="right">Claims</Table.Th>
            <Table.Th ta="right">Charge</Table.Th>
            <Table.Th>File</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {batches.data?.items.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{new Date(b.createdAt).toLocaleString()}</Table.Td>
              <Table.Td>{b.receiverName}</Table.Td>
              <Table.Td ta="right">{b.claimCount}</Table.Td>
              <Table.Td ta="right">{formatCents(b.totalCharge)}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Button size="compact-xs" variant="subtle" onClick={() => setPreview(b.id)}>
                    Preview
                  </Button>
                  <Anchor size="sm" href={`/batches/${b.id}/file`} download={b.fileName}>
                    {b.fileName}
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview && <FilePreview batchId={preview} />}
    </Drawer>
  );
}

/** The 837 one segment a line, as a biller reads it. */
export function FilePreview({ batchId }: { readonly batchId: string }) {
  const file = useQuery({
    queryKey: ['batch-file', batchId],
    queryFn: () => apiText(`/batches/${batchId}/file`),
  });
  return (
    <Stack gap={4} mt="sm">
      <Text size="sm" fw={700}>
        837 preview
      </Text>
      <ProblemAlert error={file.error} />
      {/* A <pre> may not carry a name (ARIA): the section does. The <pre> scrolls, and takes the
          keyboard focus so that it can be scrolled without a mouse. */}
      <Box component="section" aria-label="837 file">
        <Code block tabIndex={0} mah={360} style={{ overflow: 'auto' }}>
          {file.data?.replace(/~\s*/g, '~\n')}
        </Code>
      </Box>
    </Stack>
  );
}
