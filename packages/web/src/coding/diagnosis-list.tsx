import { useState } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { Stack, Text } from '@mantine/core';
import { DiagnosisRow } from './diagnosis-row.tsx';

interface Props {
  readonly diagnoses: readonly string[];
  readonly titles: ReadonlyMap<string, string>;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: (index: number) => void;
}

/**
 * The encounter's diagnoses, first-listed first. Drag a row by its handle, or with the
 * keyboard: Alt+↑/↓ on a row moves it, Delete removes it (the handle also takes Space + arrows).
 */
export function DiagnosisList({ diagnoses, titles, onMove, onRemove }: Props) {
  const [moved, setMoved] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(diagnoses.indexOf(String(active.id)), diagnoses.indexOf(String(over.id)));
  };

  if (diagnoses.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No diagnoses yet: search above and press Enter.
      </Text>
    );
  }
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={[...diagnoses]} strategy={verticalListSortingStrategy}>
        <Stack gap={2} role="list" aria-label="Diagnoses">
          {diagnoses.map((code, index) => (
            <DiagnosisRow
              key={code}
              code={code}
              index={index}
              title={titles.get(code) ?? ''}
              focused={moved === code}
              onMove={(to) => {
                setMoved(code);
                onMove(index, to);
              }}
              onRemove={() => onRemove(index)}
            />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}
