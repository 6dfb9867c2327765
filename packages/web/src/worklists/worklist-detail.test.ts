import { describe, expect, it } from 'vitest';
import { detailLines } from './worklist-detail.ts';

describe('detailLines', () => {
  it('shows CAS adjustments and remarks as a biller reads them', () => {
    expect(
      detailLines({
        remarks: ['M15', 'N130'],
        adjustments: [{ group: 'CO', reason: '97', amount: 23500 }],
        payerClaimNumber: null,
      }),
    ).toEqual([
      ['Remarks (RARC)', 'M15, N130'],
      ['Adjustments (CAS)', 'CO-97 $235.00'],
      ['Payer claim number', '—'],
    ]);
  });

  it('shows an unmatched 835 payment in dollars with its status in words', () => {
    expect(
      detailLines({
        patientControlNumber: 'X1',
        status: '4',
        charge: 18550,
        paid: 0,
      }),
    ).toEqual([
      ['Patient control number (CLP01)', 'X1'],
      ['Claim status (CLP02)', '4 denied'],
      ['Charge', '$185.50'],
      ['Paid', '$0.00'],
    ]);
    expect(
      detailLines({
        line: { procedureCode: '71046', modifiers: ['26'], charge: 4000, paid: 760 },
      }),
    ).toEqual([['Service paid', '71046-26: charged $40.00, paid $7.60']]);
  });

  it('leaves out internal ids and what the panel shows in words', () => {
    expect(
      detailLines({ batchId: 'b', payerId: 'p', sentOn: '2026-03-02', followUpDays: 30 }),
    ).toEqual([
      ['Sent on', '2026-03-02'],
      ["Payer's follow-up days", '30 days'],
    ]);
    expect(detailLines({ remarks: ['M15'], payerClaimNumber: 'P1' }, ['remarks'])).toEqual([
      ['Payer claim number', 'P1'],
    ]);
  });

  it('has nothing to show for a detail that is not an object', () => {
    expect(detailLines('text')).toEqual([]);
    expect(detailLines(null)).toEqual([]);
  });
});
