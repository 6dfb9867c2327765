import { Button, Group, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { CodedDateDraft } from './bill-draft.ts';
import type { ErrorAt } from './field-errors.ts';
import { RemoveButton } from '../shell/remove-button.tsx';

interface Props {
  readonly rows: readonly CodedDateDraft[];
  /** Where the API's errors for these rows are: `procedures` or `occurrences`. */
  readonly field: string;
  /** What a row is called in its first column and in the inputs' labels. */
  readonly rowName: (index: number) => { readonly column: string; readonly label: string };
  readonly codeHeader: string;
  readonly empty: string;
  readonly addLabel: string;
  readonly errorAt: ErrorAt;
  readonly onAdd: () => void;
  readonly onChange: (key: string, change: Partial<CodedDateDraft>) => void;
  readonly onRemove: (key: string) => void;
}

/** Codes with their dates: ICD-10-PCS procedures (FL 74) or occurrence codes (FL 31–34). */
export function CodedDatesSection(props: Props) {
  const { rows, field, rowName, errorAt, onChange, onRemove } = props;
  return (
    <>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <Table withTableBorder striped aria-label={props.codeHeader}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{props.codeHeader}</Table.Th>
              <Table.Th w={160}>Code</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th w={24}>
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const { column, label } = rowName(index);
              return (
                <Table.Tr key={row.key}>
                  <Table.Td>{column}</Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${label} code`}
                      ff="monospace"
                      value={row.code}
                      onChange={(e) => onChange(row.key, { code: e.currentTarget.value })}
                      error={errorAt(`${field}.${index}.code`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${label} date`}
                      type="date"
                      w={170}
                      value={row.date}
                      onChange={(e) => onChange(row.key, { date: e.currentTarget.value })}
                      error={errorAt(`${field}.${index}.date`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <RemoveButton
                      label={`Remove ${label.toLowerCase()}`}
                      onClick={() => onRemove(row.key)}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group>
        <Button size="compact-sm" variant="default" onClick={props.onAdd}>
          {props.addLabel}
        </Button>
      </Group>
    </>
  );
}
