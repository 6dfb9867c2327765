import { Select, TextInput } from '@mantine/core';
import type { EncounterStatus } from '../api/types.ts';
import { statusLabel } from '../format.ts';

const STATUSES: EncounterStatus[] = ['open', 'coded', 'on_hold', 'billed'];

export interface StatusDateFilter {
  readonly status: EncounterStatus | undefined;
  readonly from: string;
  readonly to: string;
}

/**
 * An encounter list's status and date range filters (the coders' queue, facility bills). Any
 * change goes back to the first page, which `onChange` is expected to do.
 */
export function StatusDateFilters({
  value,
  fromLabel,
  onChange,
}: {
  readonly value: StatusDateFilter;
  readonly fromLabel: string;
  readonly onChange: (next: StatusDateFilter) => void;
}) {
  return (
    <>
      <Select
        label="Status"
        w={120}
        clearable
        data={STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
        value={value.status ?? null}
        onChange={(v) => onChange({ ...value, status: STATUSES.find((s) => s === v) })}
      />
      <TextInput
        label={fromLabel}
        type="date"
        value={value.from}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        label="to"
        type="date"
        value={value.to}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
      />
    </>
  );
}
