import { Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ClaimConditions, RelatedCause } from '../api/types.ts';
import { toggleCause } from './encounter-draft.ts';

const CAUSES: readonly { cause: RelatedCause; label: string }[] = [
  { cause: 'EM', label: 'Employment (10a)' },
  { cause: 'AA', label: 'Auto accident (10b)' },
  { cause: 'OA', label: 'Other accident (10c)' },
];

/**
 * Is the patient's condition related to employment or an accident (CMS-1500 box 10, 837P CLM11),
 * and the dates that go with it: accident (DTP*439), onset (box 14) and initial treatment (box 15).
 */
export function ConditionFields({
  value,
  onChange,
}: {
  readonly value: ClaimConditions;
  readonly onChange: (next: ClaimConditions) => void;
}) {
  const auto = value.relatedCauses.includes('AA');
  const date = (key: 'accidentDate' | 'onsetDate' | 'initialTreatmentDate', label: string) => (
    <TextInput
      type="date"
      size="xs"
      label={label}
      value={value[key] ?? ''}
      onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Stack gap={6}>
      <Text size="sm" fw={700}>
        Condition related to
      </Text>
      <Group gap="md" align="flex-end">
        {CAUSES.map(({ cause, label }) => (
          <Checkbox
            key={cause}
            size="xs"
            label={label}
            checked={value.relatedCauses.includes(cause)}
            onChange={(e) => onChange(toggleCause(value, cause, e.currentTarget.checked))}
          />
        ))}
        {auto && (
          <TextInput
            size="xs"
            w={90}
            label="Accident state"
            maxLength={2}
            value={value.accidentState ?? ''}
            onChange={(e) =>
              onChange({ ...value, accidentState: e.currentTarget.value.toUpperCase() })
            }
          />
        )}
      </Group>
      <Group gap="md" grow>
        {date('accidentDate', 'Accident date')}
        {date('onsetDate', 'Onset of illness (box 14)')}
        {date('initialTreatmentDate', 'Initial treatment (box 15)')}
      </Group>
    </Stack>
  );
}
