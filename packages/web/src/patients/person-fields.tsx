import { Group, Select, TextInput } from '@mantine/core';
import type { PersonFields } from './registration-body.ts';

const SEX = [
  { value: 'F', label: 'F' },
  { value: 'M', label: 'M' },
  { value: 'U', label: 'U' },
];

/** Last and first name, birth date and sex of a patient or subscriber. */
export function PersonInputs({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: PersonFields;
  readonly onChange: (value: PersonFields) => void;
}) {
  const text = (key: keyof PersonFields, name: string, w: number, type = 'text') => (
    <TextInput
      label={`${label} ${name}`}
      type={type}
      w={w}
      required
      value={value[key]}
      onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
    />
  );
  return (
    <Group gap="xs" align="end">
      {text('lastName', 'last name', 160)}
      {text('firstName', 'first name', 140)}
      {text('dateOfBirth', 'date of birth', 130, 'date')}
      <Select
        label={`${label} sex`}
        w={70}
        required
        data={SEX}
        value={value.sex || null}
        onChange={(v) => onChange({ ...value, sex: v ?? '' })}
      />
    </Group>
  );
}
