import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { WorklistItem, WorklistKind } from '../api/types.ts';
import { formatCents } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { TableHead } from '../shell/table-head.tsx';
import { useWorklist } from './use-worklists.ts';

interface Props {
  readonly kind: WorklistKind;
  readonly status?: 'open' | 'resolved';
  /** A short list (on other screens) linking to the work queue. */
  readonly compact?: boolean;
  readonly selectedId?: string | undefined;
  readonly onSelect?: (item: WorklistItem) => void;
}

/** What the item is about in one line: the claim and patient, or what the 835 or 277CA named. */
function itemTitle(item: WorklistItem): string {
  const detail = (item.detail ?? {}) as { patientControlNumber?: unknown };
  const claim =
    item.claimNumber ??
    (typeof detail.patientControlNumber === 'string'
      ? `${detail.patientControlNumber} (no match)`
      : undefined);
  return [claim, item.patient?.name].filter(Boolean).join(' · ') || '—';
}

const ageTitle = (item: WorklistItem) =>
  item.serviceDate
    ? `${item.ageDays ?? ''} days from the date of service ${item.serviceDate}`
    : 'days since the item was listed';

/**
 * Items of one work queue, oldest first, with what a biller decides on: the claim and patient,
 * the payer, the age, the amount and who has it. Enter or click picks an item to work.
 */
export function WorklistTable({
  kind,
  status = 'open',
  compact = false,
  selectedId,
  onSelect,
}: Props) {
  const list = useWorklist(kind, status, 0, compact ? 20 : 200);
  if (list.error) return <ProblemAlert error={list.error} />;
  const items = list.data?.items ?? [];
  if (list.data && items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing {status === 'open' ? 'open' : 'resolved'}.
      </Text>
    );
  }
  if (compact) {
    return (
      <Table striped withTableBorder aria-label={`${kind} items`}>
        <TableHead columns={['Claim', 'Payer', 'Item', '$Amount']} />
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td ff="monospace">{item.claimNumber ?? '—'}</Table.Td>
              <Table.Td>{item.payerName}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/worklists?kind=${kind}`} size="sm">
                  {item.summary}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">
                {item.amount === undefined ? '' : formatCents(item.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  return (
    <Table striped highlightOnHover withTableBorder aria-label={`${kind} items`}>
      <TableHead columns={['Claim · patient', 'Payer', '$Age', '$Amount', 'Assigned to']} />
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={item.id}
            {...(item.id === selectedId ? { bg: 'indigo.0' } : {})}
            tabIndex={onSelect ? 0 : undefined}
            style={onSelect ? { cursor: 'pointer' } : undefined}
            onClick={() => onSelect?.(item)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') onSelect?.(item);
            }}
          >
            <Table.Td>
              <Text size="sm" fw={600}>
                {itemTitle(item)}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1} title={item.summary}>
                {item.summary}
              </Text>
            </Table.Td>
            <Table.Td>{item.payerName ?? '—'}</Table.Td>
            <Table.Td ta="right" title={ageTitle(item)}>
              {item.ageDays === undefined ? '' : `${item.ageDays} d`}
            </Table.Td>
            <Table.Td ta="right">
              {item.amount === undefined ? '' : formatCents(item.amount)}
            </Table.Td>
            <Table.Td>{item.assignedTo?.name ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
