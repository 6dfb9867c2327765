import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { WorklistItem, WorklistKind } from '../api/types.ts';
import { formatCents } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { useWorklist } from './use-worklists.ts';

interface Props {
  readonly kind: WorklistKind;
  readonly status?: 'open' | 'resolved';
  /** A short list (on other screens) linking to the work queue. */
  readonly compact?: boolean;
  readonly selectedId?: string | undefined;
  readonly onSelect?: (item: WorklistItem) => void;
}

/** Items of one work queue, oldest first. Enter or click picks an item to work. */
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
  return (
    <Table striped highlightOnHover withTableBorder aria-label={`${kind} items`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Since</Table.Th>
          <Table.Th>Item</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
        </Table.Tr>
      </Table.Thead>
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
            <Table.Td>{new Date(item.createdAt).toLocaleDateString()}</Table.Td>
            <Table.Td>
              {compact ? (
                <Anchor component={Link} to={`/worklists?kind=${kind}`} size="sm">
                  {item.summary}
                </Anchor>
              ) : (
                item.summary
              )}
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
