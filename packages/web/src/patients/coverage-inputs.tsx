import { Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { usePayers } from '../setup/use-setup.ts';
import { MSP_TYPES, needsMspType } from './medicare-secondary.ts';
import { PersonInputs } from './person-fields.tsx';
import type { CoverageFields } from './registration-body.ts';
import { RemoveButton } from '../shell/remove-button.tsx';

const RELATIONSHIPS = [
  { value: '18', label: 'Self' },
  { value: '01', label: 'Spouse' },
  { value: '19', label: 'Child' },
  { value: 'G8', label: 'Other' },
];
const ORDER = ['Primary', 'Secondary', 'Tertiary'];
const ORDER_CODES = ['primary', 'secondary', 'tertiary'] as const;

/** One coverage from the insurance card; the subscriber is asked for only when not the patient. */
export function CoverageInputs({
  index,
  value,
  onChange,
  onRemove,
}: {
  readonly index: number;
  readonly value: CoverageFields;
  readonly onChange: (value: CoverageFields) => void;
  readonly onRemove: () => void;
}) {
  const payers = usePayers().data ?? [];
  const order = ORDER[index] ?? '';
  const payer = payers.find((p) => p.id === value.payerId);
  const askMsp = needsMspType(payer, ORDER_CODES[index] ?? 'primary');
  return (
    <Paper withBorder p="xs" aria-label={`${order} coverage`}>
      <Stack gap={4}>
        <Group justify="space-between">
          <Text size="sm" fw={700}>
            {order} coverage
          </Text>
          <RemoveButton label={`Remove ${order} coverage`} onClick={onRemove} />
        </Group>
        <Group gap="xs" align="end">
          <Select
            label={`${order} payer`}
            w={240}
            required
            searchable
            data={payers.map((p) => ({ value: p.id, label: p.name }))}
            value={value.payerId || null}
            onChange={(v) => onChange({ ...value, payerId: v ?? '', medicareSecondaryType: '' })}
          />
          <TextInput
            label={`${order} member ID`}
            w={150}
            required
            value={value.memberId}
            onChange={(e) => onChange({ ...value, memberId: e.currentTarget.value })}
          />
          <TextInput
            label={`${order} group`}
            w={110}
            value={value.groupNumber}
            onChange={(e) => onChange({ ...value, groupNumber: e.currentTarget.value })}
          />
          <Select
            label="Patient is the subscriber's"
            w={150}
            data={RELATIONSHIPS}
            value={value.relationship}
            onChange={(v) => onChange({ ...value, relationship: v ?? '18' })}
          />
          <TextInput
            label={`${order} effective from`}
            type="date"
            required
            value={value.effectiveFrom}
            onChange={(e) => onChange({ ...value, effectiveFrom: e.currentTarget.value })}
          />
        </Group>
        {askMsp && (
          <Select
            label="Why Medicare pays second (MSP type)"
            description="Sent as SBR05 on claims to Medicare; a Medicare secondary claim cannot be built without it."
            w={520}
            required
            data={MSP_TYPES.map((t) => ({ value: t.value, label: `${t.value} — ${t.meaning}` }))}
            value={value.medicareSecondaryType || null}
            onChange={(v) => onChange({ ...value, medicareSecondaryType: v ?? '' })}
          />
        )}
        {value.relationship !== '18' && (
          <PersonInputs
            label="Subscriber"
            value={value.subscriber}
            onChange={(subscriber) => onChange({ ...value, subscriber })}
          />
        )}
      </Stack>
    </Paper>
  );
}
