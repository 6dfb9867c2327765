import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Patient } from '../api/types.ts';
import { usePatient, usePatientSearch } from '../patients/use-patients.ts';

interface Props {
  readonly value: string;
  readonly onChange: (patientId: string) => void;
  readonly error?: string | undefined;
  readonly disabled: boolean;
}

const labelOf = (p: Patient) =>
  `${p.lastName}, ${p.firstName} · ${p.accountNumber} · DOB ${p.dateOfBirth}`;

/** Finds the patient by name, account or member ID as the biller types (the server searches). */
export function PatientPicker({ value, onChange, error, disabled }: Props) {
  const [search, setSearch] = useState('');
  const chosen = usePatient(value === '' ? undefined : value).data;
  // Once chosen, the box shows the patient's label: that is not a search.
  const [q] = useDebouncedValue(chosen && search === labelOf(chosen) ? '' : search.trim(), 250);
  const found = usePatientSearch(q, '').data?.items ?? [];
  const patients = chosen && !found.some((p) => p.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <Select
      label="Patient (FL 8)"
      placeholder="Name, account or member ID"
      required
      searchable
      disabled={disabled}
      data={patients.map((p) => ({ value: p.id, label: labelOf(p) }))}
      // The server has already matched the text; keep every patient it found.
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      value={value === '' ? null : value}
      onChange={(id) => onChange(id ?? '')}
      nothingFoundMessage={q === '' ? 'Type a name or account' : 'No patient matches'}
      error={error}
      w={380}
    />
  );
}
