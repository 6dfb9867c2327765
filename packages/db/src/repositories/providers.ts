import type { Provider, ProviderInput } from '@medbill/core';
import { optionalFields } from './address-columns.ts';
import { tableRepository } from './table-repository.ts';

export const providers = tableRepository<ProviderInput, Provider>({
  table: 'providers',
  orderBy: 'last_name, first_name, id',
  searchColumns: ['last_name', 'first_name', 'npi'],
  columns: (p) => ({
    practice_id: p.practiceId ?? null,
    last_name: p.lastName,
    first_name: p.firstName,
    middle_name: p.middleName ?? null,
    suffix: p.suffix ?? null,
    credential: p.credential ?? null,
    npi: p.npi,
    taxonomy: p.taxonomy ?? null,
  }),
  fromRow: (row) => ({
    id: String(row.id),
    lastName: String(row.last_name),
    firstName: String(row.first_name),
    npi: String(row.npi),
    ...optionalFields(row, {
      practiceId: 'practice_id',
      middleName: 'middle_name',
      suffix: 'suffix',
      credential: 'credential',
      taxonomy: 'taxonomy',
    }),
  }),
});
