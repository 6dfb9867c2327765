import { Button, Group, Select, Table, TextInput } from '@mantine/core';
import { FACILITY_TYPES, PATIENT_STATUSES, POA_INDICATORS } from '../facility-bills/ub04-codes.ts';
import { providerName, useProviders } from '../setup/use-setup.ts';
import type { FactsEdit } from './facility-facts-correction.ts';

/**
 * The facility type (FL 4), the attending (FL 76), FL 17 and the FL 67 diagnoses with their POA
 * indicators, as a corrected facility claim bills them.
 */
export function FacilityFactsFields({
  value,
  onChange,
}: {
  readonly value: FactsEdit;
  readonly onChange: (value: FactsEdit) => void;
}) {
  const setDiagnosis = (index: number, change: { code?: string; poa?: string }) =>
    onChange({
      ...value,
      diagnoses: value.diagnoses.map((d, i) => (i === index ? { ...d, ...change } : d)),
    });
  const providers = (useProviders().data ?? []).map((p) => ({
    value: p.id,
    label: `${providerName(p)} · NPI ${p.npi}`,
  }));
  return (
    <>
      <Group gap="sm" align="start">
        <Select
          label="Type of bill (FL 4): facility"
          data={FACILITY_TYPES}
          value={value.facilityType}
          allowDeselect={false}
          searchable
          w={300}
          onChange={(type) => onChange({ ...value, facilityType: type ?? value.facilityType })}
        />
        <Select
          label="Attending provider (FL 76)"
          data={providers}
          value={value.attendingProviderId}
          allowDeselect={false}
          searchable
          w={300}
          onChange={(id) =>
            onChange({ ...value, attendingProviderId: id ?? value.attendingProviderId })
          }
        />
      </Group>
      <Select
        label="Patient discharge status (FL 17)"
        data={PATIENT_STATUSES}
        value={value.patientStatus}
        allowDeselect={false}
        searchable
        onChange={(status) => onChange({ ...value, patientStatus: status ?? value.patientStatus })}
      />
      <Table withTableBorder aria-label="Corrected diagnoses">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Diagnosis</Table.Th>
            <Table.Th w={130}>ICD-10-CM</Table.Th>
            <Table.Th>POA indicator</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.diagnoses.map((d, index) => {
            const label = index === 0 ? 'Principal diagnosis' : `Other diagnosis ${index}`;
            return (
              // Rows are only added at the end, so the index names a row for its lifetime.
              <Table.Tr key={index}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    ff="monospace"
                    aria-label={`${label} code`}
                    value={d.code}
                    onChange={(e) => setDiagnosis(index, { code: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`${label} present on admission`}
                    data={POA_INDICATORS}
                    value={d.poa}
                    allowDeselect={false}
                    onChange={(poa) => setDiagnosis(index, { poa: poa ?? '' })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Button
        variant="subtle"
        size="xs"
        w="fit-content"
        onClick={() =>
          onChange({ ...value, diagnoses: [...value.diagnoses, { code: '', poa: '' }] })
        }
      >
        Add a diagnosis
      </Button>
    </>
  );
}
