import { Table, Text, TextInput } from '@mantine/core';
import { formatCents } from '../format.ts';
import { parseModifiers, parsePointers, pointerLetters } from './encounter-draft.ts';
import type { DraftLine } from './encounter-draft.ts';
import { RemoveButton } from '../shell/remove-button.tsx';

interface Props {
  readonly lines: readonly DraftLine[];
  readonly onChange: (key: string, change: Partial<DraftLine>) => void;
  readonly onRemove: (key: string) => void;
}

/**
 * Service lines: code, modifiers (`25 59`), units, diagnosis pointers (`AB` or `1,2`) and the
 * charge, which the fee schedule sets on save unless typed over.
 */
export function ServiceLines({ lines, onChange, onRemove }: Props) {
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No service lines: switch the encoder to Procedure (Alt+P) and add a code.
      </Text>
    );
  }
  return (
    <Table withTableBorder striped aria-label="Service lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={24}>#</Table.Th>
          <Table.Th w={70}>Code</Table.Th>
          <Table.Th w={90}>Modifiers</Table.Th>
          <Table.Th w={60}>Units</Table.Th>
          <Table.Th w={70}>Pointers</Table.Th>
          <Table.Th ta="right">Charge</Table.Th>
          <Table.Th w={24} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, index) => (
          <Table.Tr key={line.key}>
            <Table.Td>{index + 1}</Table.Td>
            <Table.Td ff="monospace" fw={600}>
              {line.procedureCode}
            </Table.Td>
            <Table.Td>
              <TextInput
                aria-label={`Line ${index + 1} modifiers`}
                defaultValue={line.modifiers.join(' ')}
                onBlur={(e) =>
                  onChange(line.key, { modifiers: parseModifiers(e.currentTarget.value) })
                }
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
              />
            </Table.Td>
            <Table.Td>
              <TextInput
                aria-label={`Line ${index + 1} units`}
                defaultValue={String(line.units)}
                inputMode="decimal"
                onBlur={(e) => {
                  const units = Number(e.currentTarget.value);
                  if (units > 0) onChange(line.key, { units });
                }}
              />
            </Table.Td>
            <Table.Td>
              <TextInput
                aria-label={`Line ${index + 1} diagnosis pointers`}
                key={pointerLetters(line.diagnosisPointers)}
                defaultValue={pointerLetters(line.diagnosisPointers)}
                onBlur={(e) =>
                  onChange(line.key, { diagnosisPointers: parsePointers(e.currentTarget.value) })
                }
              />
            </Table.Td>
            <Table.Td ta="right">
              {line.charge !== undefined ? (
                formatCents(line.charge)
              ) : line.pricedCharge !== undefined ? (
                formatCents(line.pricedCharge)
              ) : (
                <Text span size="xs" c="dimmed">
                  fee schedule on save
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <RemoveButton label={`Remove line ${index + 1}`} onClick={() => onRemove(line.key)} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
