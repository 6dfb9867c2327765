import { Button, Group, Select, Table, TextInput, VisuallyHidden } from '@mantine/core';
import { formatCents } from '../format.ts';
import { parseDollars } from '../money-input.ts';
import type { LineDraft } from './bill-draft.ts';
import type { ErrorAt } from './field-errors.ts';
import { RemoveButton } from '../shell/remove-button.tsx';

interface Props {
  readonly lines: readonly LineDraft[];
  readonly total: number;
  readonly errorAt: ErrorAt;
  readonly onAdd: () => void;
  readonly onChange: (key: string, change: Partial<LineDraft>) => void;
  readonly onRemove: (key: string) => void;
}

const UNIT_BASES = [
  { value: 'UN', label: 'units' },
  { value: 'DA', label: 'days' },
];

/**
 * Revenue-code lines (FL 42-47): revenue code, HCPCS and modifiers, service date (required on
 * outpatient bills, left blank on inpatient ones), units or days, and the chargemaster's charge
 * in dollars; total charges (FL 47, line 23) below.
 */
export function RevenueLines({ lines, total, errorAt, onAdd, onChange, onRemove }: Props) {
  return (
    <>
      <Table withTableBorder striped aria-label="Revenue lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={24}>#</Table.Th>
            <Table.Th w={100}>Rev. code (FL 42)</Table.Th>
            <Table.Th w={110}>HCPCS (FL 44)</Table.Th>
            <Table.Th w={110}>Modifiers (FL 44)</Table.Th>
            <Table.Th w={160}>Service date (FL 45)</Table.Th>
            <Table.Th w={170}>Units (FL 46)</Table.Th>
            <Table.Th w={140}>Charge (FL 47)</Table.Th>
            <Table.Th w={24}>
              <VisuallyHidden>Remove</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const at = (field: string) => errorAt(`lines.${index}.${field}`);
            const label = `Line ${index + 1}`;
            const cents = parseDollars(line.charge);
            return (
              <Table.Tr key={line.key}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label} revenue code`}
                    ff="monospace"
                    value={line.revenueCode}
                    onChange={(e) => onChange(line.key, { revenueCode: e.currentTarget.value })}
                    error={at('revenueCode')}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label} HCPCS`}
                    ff="monospace"
                    value={line.hcpcs}
                    onChange={(e) => onChange(line.key, { hcpcs: e.currentTarget.value })}
                    error={at('procedureCode')}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label} modifiers`}
                    value={line.modifiers}
                    onChange={(e) => onChange(line.key, { modifiers: e.currentTarget.value })}
                    error={at('modifiers')}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label} service date`}
                    type="date"
                    value={line.serviceDate}
                    onChange={(e) => onChange(line.key, { serviceDate: e.currentTarget.value })}
                    error={at('serviceDate')}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <TextInput
                      aria-label={`${label} units`}
                      inputMode="decimal"
                      w={70}
                      value={line.units}
                      onChange={(e) => onChange(line.key, { units: e.currentTarget.value })}
                      error={at('units')}
                    />
                    <Select
                      aria-label={`${label} unit basis`}
                      data={UNIT_BASES}
                      w={90}
                      allowDeselect={false}
                      value={line.unitBasis}
                      onChange={(basis) =>
                        onChange(line.key, { unitBasis: basis === 'DA' ? 'DA' : 'UN' })
                      }
                    />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`${label} charge`}
                    inputMode="decimal"
                    leftSection="$"
                    value={line.charge}
                    onChange={(e) => onChange(line.key, { charge: e.currentTarget.value })}
                    onBlur={() => {
                      if (cents !== undefined)
                        onChange(line.key, { charge: formatCents(cents).slice(1) });
                    }}
                    error={at('charge')}
                  />
                </Table.Td>
                <Table.Td>
                  <RemoveButton
                    label={`Remove line ${index + 1}`}
                    onClick={() => onRemove(line.key)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td colSpan={6} ta="right" fw={700}>
              Total charges (FL 47, line 23)
            </Table.Td>
            <Table.Td fw={700} aria-label="Total charges">
              {formatCents(total)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      <Group>
        <Button size="compact-sm" variant="default" onClick={onAdd}>
          Add a revenue line
        </Button>
      </Group>
    </>
  );
}
