import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { CoverageInputs } from './coverage-inputs.tsx';
import { PersonInputs } from './person-fields.tsx';
import { emptyCoverage, emptyPerson, registrationBody } from './registration-body.ts';
import type { RegistrationFields } from './registration-body.ts';
import { useRegisterPatient } from './use-patients.ts';

const GUARANTORS = [
  { value: 'self', label: 'The patient' },
  { value: 'parent', label: 'Parent' },
  { value: 'spouse', label: 'Spouse' },
  { value: 'guardian', label: 'Guardian' },
  { value: 'other', label: 'Other' },
];

/** Registration at the front desk: the patient, who gets the statement, and the insurance cards. */
export function RegistrationPage() {
  const navigate = useNavigate();
  const register = useRegisterPatient();
  const [form, setForm] = useState<RegistrationFields>({
    patient: { ...emptyPerson(), line1: '', city: '', state: '', zip: '', phone: '' },
    guarantorRelationship: 'self',
    guarantor: { lastName: '', firstName: '' },
    coverages: [emptyCoverage()],
  });
  const patient = form.patient;
  const address = (key: 'line1' | 'city' | 'state' | 'zip' | 'phone', label: string, w: number) => (
    <TextInput
      label={label}
      w={w}
      required={key !== 'phone'}
      value={patient[key]}
      onChange={(e) => setForm({ ...form, patient: { ...patient, [key]: e.currentTarget.value } })}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(registrationBody(form), {
      onSuccess: (saved) => void navigate(`/patients/${saved.id}`),
    });
  };

  return (
    <form onSubmit={submit} aria-label="Register a patient">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3}>Register a patient</Title>
          <Button type="submit" loading={register.isPending}>
            Register
          </Button>
        </Group>
        <ProblemAlert error={register.error} title="Not registered" />
        <Paper withBorder p="xs">
          <Stack gap={4}>
            <PersonInputs
              label="Patient"
              value={patient}
              onChange={(person) => setForm({ ...form, patient: { ...patient, ...person } })}
            />
            <Group gap="xs" align="end">
              {address('line1', 'Street', 240)}
              {address('city', 'City', 140)}
              {address('state', 'State', 60)}
              {address('zip', 'ZIP', 90)}
              {address('phone', 'Phone', 130)}
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="xs">
          <Group gap="xs" align="end">
            <Select
              label="Guarantor (gets the statement)"
              w={200}
              data={GUARANTORS}
              value={form.guarantorRelationship}
              onChange={(v) =>
                setForm({
                  ...form,
                  guarantorRelationship: (v ??
                    'self') as RegistrationFields['guarantorRelationship'],
                })
              }
            />
            {form.guarantorRelationship !== 'self' && (
              <>
                <TextInput
                  label="Guarantor last name"
                  required
                  value={form.guarantor.lastName}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      guarantor: { ...form.guarantor, lastName: e.currentTarget.value },
                    })
                  }
                />
                <TextInput
                  label="Guarantor first name"
                  required
                  value={form.guarantor.firstName}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      guarantor: { ...form.guarantor, firstName: e.currentTarget.value },
                    })
                  }
                />
                <Text size="xs" c="dimmed">
                  at the patient’s address
                </Text>
              </>
            )}
          </Group>
        </Paper>
        {form.coverages.map((coverage, i) => (
          <CoverageInputs
            key={i}
            index={i}
            value={coverage}
            onChange={(next) =>
              setForm({ ...form, coverages: form.coverages.map((c, j) => (j === i ? next : c)) })
            }
            onRemove={() =>
              setForm({ ...form, coverages: form.coverages.filter((_, j) => j !== i) })
            }
          />
        ))}
        {form.coverages.length < 3 && (
          <Group>
            <Button
              variant="default"
              onClick={() => setForm({ ...form, coverages: [...form.coverages, emptyCoverage()] })}
            >
              Add{' '}
              {form.coverages.length === 0
                ? 'primary'
                : form.coverages.length === 1
                  ? 'secondary'
                  : 'tertiary'}{' '}
              coverage
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
