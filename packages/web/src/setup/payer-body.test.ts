import { describe, expect, it } from 'vitest';
import type { Payer } from '../api/types.ts';
import { payerBody, payerFields } from './payer-body.ts';

const medicare: Payer = {
  id: 'p1',
  name: 'Medicare Part B',
  payerId: '00952',
  claimFilingIndicator: 'MB',
  timelyFilingDays: 365,
  claimForm: 'electronic',
  address: { line1: 'PO Box 1', city: 'Indianapolis', state: 'IN', zip: '46206' },
  followUpDays: 21,
  receiverId: 'r1',
};

describe('payerBody', () => {
  it('sends the days as numbers, the clearinghouse, and keeps the address it does not edit', () => {
    const fields = { ...payerFields(medicare), followUpDays: '45' };
    expect(payerBody(fields, medicare)).toEqual({
      name: 'Medicare Part B',
      payerId: '00952',
      claimFilingIndicator: 'MB',
      timelyFilingDays: 365,
      claimForm: 'electronic',
      followUpDays: 45,
      receiverId: 'r1',
      address: medicare.address,
    });
  });

  it('sends claims directly when no clearinghouse is picked, and a new payer 30 follow-up days', () => {
    const body = payerBody({ ...payerFields(), name: 'Prairie Health', payerId: '61101' });
    expect(body).not.toHaveProperty('receiverId');
    expect(body).not.toHaveProperty('address');
    expect(body).toMatchObject({ followUpDays: 30, claimFilingIndicator: 'CI' });
  });

  it('passes days that are not whole numbers as typed, for the server to point at', () => {
    expect(payerBody({ ...payerFields(), followUpDays: 'thirty' }).followUpDays).toBe('thirty');
  });
});
