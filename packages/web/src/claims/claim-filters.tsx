import { Group, Select, TextInput } from '@mantine/core';
import { CLAIM_STATUSES } from '../api/types.ts';
import { statusLabel } from '../format.ts';
import { providerName, usePayers, useProviders } from '../setup/use-setup.ts';
import type { ClaimFilter } from './use-claims.ts';

/** A/R age buckets, in days from the date of service. */
export const AGE_BUCKETS = [
  { value: '0-30', label: '0–30 days', min: 0, max: 30 },
  { value: '31-60', label: '31–60 days', min: 31, max: 60 },
  { value: '61-90', label: '61–90 days', min: 61, max: 90 },
  { value: '91-120', label: '91–120 days', min: 91, max: 120 },
  { value: '121-', label: 'over 120 days', min: 121, max: undefined },
] as const;

interface Props {
  readonly filter: ClaimFilter;
  readonly search: string;
  readonly onSearch: (text: string) => void;
  readonly onChange: (filter: ClaimFilter) => void;
}

export function ClaimFilters({ filter, search, onSearch, onChange }: Props) {
  const payers = usePayers().data ?? [];
  const providers = useProviders().data ?? [];
  const age = AGE_BUCKETS.find((b) => b.min === filter.minAgeDays)?.value ?? null;
  return (
    <Group gap="xs" align="end">
      <TextInput
        label="Claim # or patient"
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={160}
      />
      <Select
        label="Status"
        w={130}
        clearable
        data={CLAIM_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        value={filter.status ?? null}
        onChange={(v) => onChange({ ...filter, status: v ?? undefined })}
      />
      <Select
        label="Payer"
        w={170}
        clearable
        searchable
        data={payers.map((p) => ({ value: p.id, label: p.name }))}
        value={filter.payerId ?? null}
        onChange={(v) => onChange({ ...filter, payerId: v ?? undefined })}
      />
      <Select
        label="Provider"
        w={170}
        clearable
        searchable
        data={providers.map((p) => ({ value: p.id, label: providerName(p) }))}
        value={filter.providerId ?? null}
        onChange={(v) => onChange({ ...filter, providerId: v ?? undefined })}
      />
      <Select
        label="Age"
        w={130}
        clearable
        data={AGE_BUCKETS.map(({ value, label }) => ({ value, label }))}
        value={age}
        onChange={(v) => {
          const bucket = AGE_BUCKETS.find((b) => b.value === v);
          onChange({ ...filter, minAgeDays: bucket?.min, maxAgeDays: bucket?.max });
        }}
      />
      <TextInput
        label="Scrub rule"
        placeholder="e.g. MOD-25-001"
        w={130}
        defaultValue={filter.ruleId ?? ''}
        onBlur={(e) =>
          onChange({ ...filter, ruleId: e.currentTarget.value.trim().toUpperCase() || undefined })
        }
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
    </Group>
  );
}
