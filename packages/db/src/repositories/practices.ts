import type { Practice, PracticeInput } from '@medbill/core';
import {
  addressColumns,
  addressFromRow,
  requiredAddress,
  optionalFields,
} from './address-columns.ts';
import { tableRepository } from './table-repository.ts';

export const practices = tableRepository<PracticeInput, Practice>({
  table: 'practices',
  orderBy: 'name, id',
  searchColumns: ['name', 'npi'],
  columns: (p) => ({
    name: p.name,
    npi: p.npi,
    tin_kind: p.tin.kind,
    tin: p.tin.digits,
    taxonomy: p.taxonomy,
    ...addressColumns('address', p.address),
    ...addressColumns('pay_to', p.payToAddress),
    phone: p.phone ?? null,
  }),
  fromRow: (row) => {
    const payTo = addressFromRow(row, 'pay_to');
    return {
      id: String(row.id),
      name: String(row.name),
      npi: String(row.npi),
      tin: { kind: row.tin_kind as 'EIN' | 'SSN', digits: String(row.tin) },
      taxonomy: String(row.taxonomy),
      address: requiredAddress(row, 'address'),
      ...(payTo ? { payToAddress: payTo } : {}),
      ...optionalFields(row, { phone: 'phone' }),
    };
  },
});
