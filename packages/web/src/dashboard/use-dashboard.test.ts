import { describe, expect, it } from 'vitest';
import { agingChartData } from './use-dashboard.ts';

describe('agingChartData', () => {
  it('puts every bucket on the axis and every payer in each bucket', () => {
    const { data, payers } = agingChartData([
      { payerId: 'm', payerName: 'Medicare', bucket: '0-30', claims: 2, balance: 12345 },
      { payerId: 'a', payerName: 'Aetna', bucket: '120+', claims: 1, balance: 5000 },
    ]);
    expect(payers).toEqual(['Aetna', 'Medicare']);
    expect(data).toEqual([
      { bucket: '0-30', Aetna: 0, Medicare: 123.45 },
      { bucket: '31-60', Aetna: 0, Medicare: 0 },
      { bucket: '61-90', Aetna: 0, Medicare: 0 },
      { bucket: '91-120', Aetna: 0, Medicare: 0 },
      { bucket: '120+', Aetna: 50, Medicare: 0 },
    ]);
  });
});
