import { Select, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { formatIcd10cm } from '../format.ts';
import { bareCode, diagnosisPath } from './bill-draft.ts';
import type { DiagnosisDraft } from './bill-draft.ts';
import type { ErrorAt } from './field-errors.ts';
import { POA_INDICATORS } from './ub04-codes.ts';
import { RemoveButton } from '../shell/remove-button.tsx';

/** UB-04 prints 17 other diagnoses (FL 67A-Q); the 837I carries up to 24. */
const OTHER_LOCATORS = 'ABCDEFGHIJKLMNOPQ';

interface Props {
  readonly diagnoses: readonly DiagnosisDraft[];
  readonly titles: ReadonlyMap<string, string>;
  readonly errorAt: ErrorAt;
  readonly onChange: (key: string, change: Partial<DiagnosisDraft>) => void;
  readonly onRemove: (key: string) => void;
}

/** The diagnoses in billing order, each with its present-on-admission indicator. */
export function DiagnosesSection({ diagnoses, titles, errorAt, onChange, onRemove }: Props) {
  const missing = errorAt('principalDiagnosis');
  if (diagnoses.length === 0) {
    return (
      <Text size="sm" c={missing ? 'red.8' : 'dimmed'}>
        No diagnoses: find the principal diagnosis with the encoder above.
        {missing && ` (${missing})`}
      </Text>
    );
  }
  return (
    <Table withTableBorder striped aria-label="Diagnoses">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>Diagnosis</Table.Th>
          <Table.Th w={130}>ICD-10-CM</Table.Th>
          <Table.Th w={210}>POA indicator</Table.Th>
          <Table.Th>Title</Table.Th>
          <Table.Th w={24}>
            <VisuallyHidden>Remove</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {diagnoses.map((d, index) => {
          const locator = index === 0 ? '67' : `67${OTHER_LOCATORS[index - 1] ?? ''}`;
          const role = `${index === 0 ? 'Principal' : `Other ${index}`} (FL ${locator})`;
          const label = index === 0 ? 'Principal diagnosis' : `Other diagnosis ${index}`;
          const path = diagnosisPath(index);
          return (
            <Table.Tr key={d.key}>
              <Table.Td>{role}</Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${label} code`}
                  value={d.code}
                  ff="monospace"
                  onChange={(e) => onChange(d.key, { code: e.currentTarget.value })}
                  error={errorAt(`${path}.code`) ?? (index === 0 ? missing : undefined)}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${label} present on admission`}
                  data={POA_INDICATORS}
                  value={d.poa}
                  allowDeselect={false}
                  onChange={(poa) => onChange(d.key, { poa: poa ?? '' })}
                  error={errorAt(`${path}.presentOnAdmission`)}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end">
                  {titles.get(bareCode(d.code)) ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <RemoveButton
                  label={`Remove ${formatIcd10cm(d.code)}`}
                  onClick={() => onRemove(d.key)}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
