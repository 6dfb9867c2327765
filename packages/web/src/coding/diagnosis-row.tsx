import { useEffect, useRef } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Group, Text } from '@mantine/core';
import { formatIcd10cm } from '../format.ts';
import { pointerLetters } from './encounter-draft.ts';
import { RemoveButton } from '../shell/remove-button.tsx';

interface Props {
  readonly code: string;
  readonly index: number;
  readonly title: string;
  readonly onMove: (to: number) => void;
  readonly onRemove: () => void;
  /** Keep the keyboard on this row after it moved. */
  readonly focused: boolean;
}

export function DiagnosisRow({ code, index, title, onMove, onRemove, focused }: Props) {
  const sortable = useSortable({ id: code });
  const row = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (focused) row.current?.focus();
  }, [focused, index]);
  const display = formatIcd10cm(code);
  return (
    <Group
      ref={(node) => {
        row.current = node;
        sortable.setNodeRef(node);
      }}
      role="listitem"
      aria-label={`Diagnosis ${pointerLetters([index + 1])}: ${display}`}
      tabIndex={0}
      gap={6}
      wrap="nowrap"
      px={4}
      py={1}
      bg={sortable.isDragging ? 'indigo.0' : 'gray.0'}
      style={{
        transform: CSS.Transform.toString(sortable.transform),
        transition: sortable.transition,
        borderRadius: 2,
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return;
        if (event.altKey && event.key === 'ArrowUp') {
          event.preventDefault();
          onMove(index - 1);
        } else if (event.altKey && event.key === 'ArrowDown') {
          event.preventDefault();
          onMove(index + 1);
        } else if (event.key === 'Delete') {
          event.preventDefault();
          onRemove();
        }
      }}
    >
      <ActionIcon
        size="xs"
        variant="subtle"
        color="gray"
        aria-label={`Drag ${display}`}
        {...sortable.attributes}
        {...sortable.listeners}
        style={{ cursor: 'grab' }}
      >
        ⋮⋮
      </ActionIcon>
      <Text size="sm" fw={700} w={14}>
        {pointerLetters([index + 1])}
      </Text>
      <Text size="sm" ff="monospace" fw={600} w={64}>
        {display}
      </Text>
      <Text size="sm" truncate="end" flex={1}>
        {title}
      </Text>
      <RemoveButton label={`Remove ${display}`} onClick={onRemove} />
    </Group>
  );
}
