import { Button, Group, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { RemoveButton } from '../shell/remove-button.tsx';
import { newKey, updateRow } from './bill-draft.ts';
import type { BillDraft, ValueCodeDraft } from './bill-draft.ts';
import type { ErrorAt } from './field-errors.ts';

interface Props {
  readonly draft: BillDraft;
  readonly errorAt: ErrorAt;
  readonly onChange: <K extends 'conditionCodes' | 'valueCodes'>(
    field: K,
    value: BillDraft[K],
  ) => void;
}

/** FL 39a, 40a, 41a, 39b…: the form fills value codes a row of three at a time. */
const valueLocator = (index: number) =>
  `FL ${39 + (index % 3)}${'abcd'[Math.floor(index / 3)] ?? ''}`;

/** Condition codes (FL 18–28) typed in one field, and value codes with amounts (FL 39–41). */
export function ConditionAndValueCodes({ draft, errorAt, onChange }: Props) {
  const rows = draft.valueCodes;
  const change = (key: string, part: Partial<ValueCodeDraft>) =>
    onChange('valueCodes', updateRow(rows, key, part));
  return (
    <>
      <TextInput
        label="Condition codes (FL 18–28)"
        description="Two characters each, separated by spaces or commas: 44 inpatient changed to outpatient, 07 hospice patient's unrelated condition…"
        ff="monospace"
        value={draft.conditionCodes}
        onChange={(e) => onChange('conditionCodes', e.currentTarget.value)}
        error={errorAt('conditionCodes')}
      />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No value codes. A1 deductible, A2 coinsurance, 80 covered days go here with their amounts.
        </Text>
      ) : (
        <Table withTableBorder striped aria-label="Value codes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>Value code</Table.Th>
              <Table.Th w={160}>Code</Table.Th>
              <Table.Th>Amount</Table.Th>
              <Table.Th w={24}>
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={row.key}>
                <Table.Td>{valueLocator(index)}</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Value code ${index + 1} code`}
                    ff="monospace"
                    value={row.code}
                    onChange={(e) => change(row.key, { code: e.currentTarget.value })}
                    error={errorAt(`valueCodes.${index}.code`)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Value code ${index + 1} amount`}
                    inputMode="decimal"
                    w={170}
                    value={row.amount}
                    onChange={(e) => change(row.key, { amount: e.currentTarget.value })}
                    error={errorAt(`valueCodes.${index}.amount`)}
                  />
                </Table.Td>
                <Table.Td>
                  <RemoveButton
                    label={`Remove value code ${index + 1}`}
                    onClick={() =>
                      onChange(
                        'valueCodes',
                        rows.filter((v) => v.key !== row.key),
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => onChange('valueCodes', [...rows, { key: newKey(), code: '', amount: '' }])}
        >
          Add a value code
        </Button>
      </Group>
    </>
  );
}
