import { describe, expect, it } from 'vitest';
import { originLink } from './worklist-origin.ts';

describe('originLink', () => {
  it('names an 835 by payer, check/EFT trace and day, linking to the remittance', () => {
    expect(
      originLink({
        kind: 'remittance',
        fileId: 'f1',
        fileName: 'era.835',
        payerName: 'MEDICARE PART B',
        traceNumbers: ['EFT20260319'],
        importedAt: '2026-03-19T15:00:00Z',
      }),
    ).toEqual({
      text: '835 from MEDICARE PART B, check/EFT EFT20260319, imported 2026-03-19',
      to: '/remittances?file=f1',
    });
  });

  it('links a credit to the patient and a secondary correction to the primary claim', () => {
    expect(
      originLink({
        kind: 'receipt',
        receiptId: 'r1',
        patientId: 'p1',
        receivedOn: '2026-03-02',
        method: 'card',
        amount: 2500,
      }),
    ).toEqual({
      text: 'Patient payment of $25.00 by card, received 2026-03-02',
      to: '/patients/p1',
    });
    expect(originLink({ kind: 'claim', claimId: 'c1', claimNumber: 'A100001-1' })).toEqual({
      text: 'Primary claim A100001-1 was corrected or reversed',
      to: '/claims/c1',
    });
  });

  it('says nothing when the server named no origin', () => {
    expect(originLink(undefined)).toBeUndefined();
  });
});
