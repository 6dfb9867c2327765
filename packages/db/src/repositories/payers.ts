import type { ClaimFilingIndicator, Payer, PayerInput } from '@medbill/core';
import { addressColumns, addressFromRow } from './address-columns.ts';
import { tableRepository } from './table-repository.ts';

export const payers = tableRepository<PayerInput, Payer>({
  table: 'payers',
  orderBy: 'name, id',
  searchColumns: ['name', 'payer_id'],
  columns: (p) => ({
    name: p.name,
    payer_id: p.payerId,
    claim_filing_indicator: p.claimFilingIndicator,
    timely_filing_days: p.timelyFilingDays,
    claim_form: p.claimForm,
    follow_up_days: p.followUpDays ?? 30,
    receiver_id: p.receiverId ?? null,
    ...addressColumns('address', p.address),
  }),
  fromRow: (row) => {
    const address = addressFromRow(row, 'address');
    return {
      id: String(row.id),
      name: String(row.name),
      payerId: String(row.payer_id),
      claimFilingIndicator: String(row.claim_filing_indicator) as ClaimFilingIndicator,
      timelyFilingDays: Number(row.timely_filing_days),
      claimForm: row.claim_form as 'electronic' | 'paper',
      followUpDays: Number(row.follow_up_days),
      ...(typeof row.receiver_id === 'string' ? { receiverId: row.receiver_id } : {}),
      ...(address ? { address } : {}),
    };
  },
});
