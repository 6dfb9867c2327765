import { Group, Select, TextInput } from '@mantine/core';
import { providerName, useProviders } from '../setup/use-setup.ts';
import type { BillDraft } from './bill-draft.ts';
import type { ErrorAt } from './field-errors.ts';
import { PatientPicker } from './patient-picker.tsx';
import {
  ADMISSION_TYPES,
  FACILITY_TYPES,
  FREQUENCIES,
  PATIENT_STATUSES,
  POINTS_OF_ORIGIN,
} from './ub04-codes.ts';
import { usePractices } from './use-facility-bills.ts';

type TextField = {
  [K in keyof BillDraft]: BillDraft[K] extends string ? K : never;
}[keyof BillDraft];

interface Props {
  readonly draft: BillDraft;
  readonly errorAt: ErrorAt;
  readonly onChange: (field: TextField, value: string) => void;
  /** A saved bill keeps its patient: a bill for someone else is a new bill. */
  readonly patientLocked: boolean;
}

/** The bill's header: who, where, which type of bill, the statement period and the stay. */
export function BillFields({ draft, errorAt, onChange, patientLocked }: Props) {
  const providers = (useProviders().data ?? []).map((p) => ({
    value: p.id,
    label: `${providerName(p)} · NPI ${p.npi}`,
  }));
  const practices = (usePractices().data ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} · NPI ${p.npi}${p.tin.kind === 'EIN' ? '' : ' (SSN: cannot bill 837I)'}`,
  }));
  const text = (field: TextField, label: string, props: Record<string, unknown> = {}) => (
    <TextInput
      label={label}
      value={draft[field]}
      onChange={(e) => onChange(field, e.currentTarget.value)}
      {...props}
    />
  );
  const select = (
    field: TextField,
    label: string,
    data: { value: string; label: string }[],
    props: Record<string, unknown> = {},
  ) => (
    <Select
      label={label}
      data={data}
      value={draft[field] === '' ? null : draft[field]}
      onChange={(value) => onChange(field, value ?? '')}
      {...props}
    />
  );

  return (
    <>
      <Group gap="sm" align="start">
        <PatientPicker
          value={draft.patientId}
          onChange={(id) => onChange('patientId', id)}
          error={errorAt('patientId')}
          disabled={patientLocked}
        />
        {select('practiceId', 'Billing facility (FL 1)', practices, {
          required: true,
          w: 360,
          error: errorAt('practiceId'),
        })}
      </Group>
      <Group gap="sm" align="start">
        {select('attendingProviderId', 'Attending provider (FL 76)', providers, {
          required: true,
          searchable: true,
          w: 300,
          error: errorAt('attendingProviderId'),
        })}
        {select('operatingProviderId', 'Operating physician (FL 77)', providers, {
          clearable: true,
          searchable: true,
          w: 300,
          description: 'Required with a principal procedure',
          error: errorAt('operatingProviderId'),
        })}
      </Group>
      <Group gap="sm" align="start">
        {select('facilityType', 'Type of bill (FL 4): facility', FACILITY_TYPES, {
          required: true,
          searchable: true,
          allowDeselect: false,
          w: 300,
          error: errorAt('facilityType'),
        })}
        {select('frequency', 'Frequency (FL 4, 4th digit)', FREQUENCIES, {
          required: true,
          allowDeselect: false,
          w: 230,
          error: errorAt('frequency'),
        })}
        {text('statementFrom', 'Statement from (FL 6)', {
          type: 'date',
          required: true,
          error: errorAt('statementFrom'),
        })}
        {text('statementTo', 'Statement through (FL 6)', {
          type: 'date',
          required: true,
          error: errorAt('statementTo'),
        })}
      </Group>
      <Group gap="sm" align="start">
        {text('admissionDate', 'Admission date (FL 12)', {
          type: 'date',
          error: errorAt('admission.date'),
        })}
        {text('admissionHour', 'Admission hour (FL 13)', {
          placeholder: 'HH or HHMM',
          w: 150,
          error: errorAt('admission.hour'),
        })}
        {select('admissionType', 'Admission type (FL 14)', ADMISSION_TYPES, {
          clearable: true,
          w: 230,
          error: errorAt('admission.type'),
        })}
        {select('pointOfOrigin', 'Point of origin (FL 15)', POINTS_OF_ORIGIN, {
          clearable: true,
          w: 300,
          error: errorAt('admission.pointOfOrigin'),
        })}
        {text('dischargeHour', 'Discharge hour (FL 16)', {
          placeholder: 'HH or HHMM',
          w: 150,
          error: errorAt('dischargeHour'),
        })}
      </Group>
      <Group gap="sm" align="start">
        {select('patientStatus', 'Patient discharge status (FL 17)', PATIENT_STATUSES, {
          required: true,
          searchable: true,
          allowDeselect: false,
          w: 420,
          error: errorAt('patientStatus'),
        })}
        {text('admittingDiagnosis', 'Admitting diagnosis (FL 69)', {
          placeholder: 'ICD-10-CM',
          description: 'Required on inpatient bills',
          w: 200,
          error: errorAt('admittingDiagnosis'),
        })}
      </Group>
    </>
  );
}
