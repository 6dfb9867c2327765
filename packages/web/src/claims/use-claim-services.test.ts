import { describe, expect, it } from 'vitest';
import { revenueService } from './use-claim-services.ts';

describe('revenueService', () => {
  it('bills a revenue line under its HCPCS, keeping the revenue code beside it', () => {
    const service = revenueService({
      id: 'r1',
      sequence: 1,
      revenueCode: '0450',
      procedureCode: { system: 'cpt', code: '99284' },
      modifiers: ['25'],
      unitBasis: 'UN',
      units: 1,
      charge: 65000,
      serviceDate: '2026-03-02',
    });
    expect(service).toMatchObject({
      id: 'r1',
      revenueCode: '0450',
      procedureCode: { code: '99284' },
      modifiers: ['25'],
      units: 1,
      charge: 65000,
      serviceDate: '2026-03-02',
    });
  });

  it('leaves the code empty for a revenue line without HCPCS (room and board)', () => {
    const service = revenueService({
      id: 'r2',
      sequence: 2,
      revenueCode: '0120',
      modifiers: [],
      unitBasis: 'DA',
      units: 2,
      charge: 290000,
      serviceDate: '2026-03-02',
    });
    expect(service.procedureCode.code).toBe('');
    expect(service.units).toBe(2);
  });
});
