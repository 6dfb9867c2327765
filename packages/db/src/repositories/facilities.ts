import type { Facility, FacilityInput } from '@medbill/core';
import { addressColumns, optionalFields, requiredAddress } from './address-columns.ts';
import { tableRepository } from './table-repository.ts';

export const facilities = tableRepository<FacilityInput, Facility>({
  table: 'facilities',
  orderBy: 'name, id',
  searchColumns: ['name', 'npi'],
  columns: (f) => ({
    name: f.name,
    npi: f.npi ?? null,
    ...addressColumns('address', f.address),
    place_of_service: f.placeOfService ?? null,
  }),
  fromRow: (row) => ({
    id: String(row.id),
    name: String(row.name),
    address: requiredAddress(row, 'address'),
    ...optionalFields(row, { npi: 'npi', placeOfService: 'place_of_service' }),
  }),
});
