import { describe, expect, it } from 'vitest';
import { facilityBillInput } from './facility-bill.ts';

/** A three-day stay (type 111) billed with the codes `change` gives. */
const bill = (change: Record<string, unknown>) =>
  facilityBillInput.safeParse({
    patientId: '0b6f1d2e-0000-4000-8000-000000000001',
    practiceId: '0b6f1d2e-0000-4000-8000-000000000002',
    attendingProviderId: '0b6f1d2e-0000-4000-8000-000000000003',
    facilityType: '11',
    statementFrom: '2026-03-01',
    statementTo: '2026-03-04',
    patientStatus: '01',
    principalDiagnosis: { code: 'J18.9', presentOnAdmission: 'Y' },
    lines: [{ revenueCode: '0120', unitBasis: 'DA', units: 3, charge: '4500.00' }],
    ...change,
  });

const issues = (change: Record<string, unknown>) =>
  bill(change).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));

describe('facilityBillInput condition and value codes', () => {
  it('takes condition codes and value codes with their amounts in cents', () => {
    const parsed = bill({
      conditionCodes: ['44', ' a1 '],
      valueCodes: [
        { code: 'a1', amount: '140.00' },
        { code: '80', amount: '3' },
      ],
    });
    expect(parsed.data).toMatchObject({
      conditionCodes: ['44', 'A1'],
      valueCodes: [
        { code: 'A1', amount: 14000 },
        { code: '80', amount: 300 },
      ],
    });
  });

  it('defaults to none', () => {
    expect(bill({}).data).toMatchObject({ conditionCodes: [], valueCodes: [] });
  });

  it.each([
    [
      'a condition code listed twice',
      { conditionCodes: ['44', '07', '44'] },
      'conditionCodes.2',
      'condition code 44 is already listed as condition code 1',
    ],
    [
      'a three-character condition code',
      { conditionCodes: ['440'] },
      'conditionCodes.0',
      'expected a two-character NUBC condition code such as 44',
    ],
    [
      'a value code that is not a code',
      { valueCodes: [{ code: 'A-', amount: '1.00' }] },
      'valueCodes.0.code',
      'expected a two-character NUBC value code such as A1',
    ],
    [
      'a negative value amount',
      { valueCodes: [{ code: 'A2', amount: '-5.00' }] },
      'valueCodes.0.amount',
      'a value code amount cannot be negative',
    ],
    [
      '25 condition codes',
      { conditionCodes: Array.from({ length: 25 }, (_, i) => String(i + 10)) },
      'conditionCodes',
      'an 837I claim carries at most 24 condition codes',
    ],
  ])('refuses %s, located', (_, change, path, message) => {
    expect(issues(change)).toEqual([{ path, message }]);
  });
});
