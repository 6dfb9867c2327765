import { Table, Text } from '@mantine/core';
import { formatCents } from '../format.ts';
import { actorLabel } from '../shell/actor-label.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { TableHead } from '../shell/table-head.tsx';
import { useReceipts } from './use-receipts.ts';

/** The patient's payments and refunds, newest first, with who recorded each. */
export function ReceiptsTable({ patientId }: { readonly patientId: string }) {
  const receipts = useReceipts(patientId);
  if (receipts.error) return <ProblemAlert error={receipts.error} />;
  if (receipts.data?.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No payments or refunds yet.
      </Text>
    );
  }
  return (
    <Table striped withTableBorder aria-label="Receipts">
      <TableHead columns={['Date', 'Kind', 'Method', '$Amount', '$Credit', 'By']} />
      <Table.Tbody>
        {receipts.data?.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>{r.receivedOn}</Table.Td>
            <Table.Td>{r.kind}</Table.Td>
            <Table.Td>
              {r.method}
              {r.reference ? ` · ${r.reference}` : ''}
            </Table.Td>
            <Table.Td ta="right">
              {formatCents(r.kind === 'refund' ? -r.amount : r.amount)}
            </Table.Td>
            <Table.Td ta="right">{r.credit > 0 ? formatCents(r.credit) : ''}</Table.Td>
            <Table.Td>{actorLabel({ id: r.recordedBy, name: r.recordedByName })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
