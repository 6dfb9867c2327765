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
      ['remarks', 'M15, N130'],
      ['adjustments', 'CO-97 $235.00'],
      ['payerClaimNumber', '—'],
    ]);
  });

  it('leaves out what the panel shows in words', () => {
    expect(detailLines({ remarks: ['M15'], payerClaimNumber: 'P1' }, ['remarks'])).toEqual([
      ['payerClaimNumber', 'P1'],
    ]);
  });

  it('has nothing to show for a detail that is not an object', () => {
    expect(detailLines('text')).toEqual([]);
    expect(detailLines(null)).toEqual([]);
  });
});
