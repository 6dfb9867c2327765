import { describe, expect, it } from 'vitest';
import { encounterInput, priceEncounter } from './encounter.ts';
import { feeScheduleInput } from './fee-schedule.ts';

const ids = {
  patientId: '0b6f1d2e-0000-4000-8000-000000000001',
  practiceId: '0b6f1d2e-0000-4000-8000-000000000002',
  renderingProviderId: '0b6f1d2e-0000-4000-8000-000000000003',
};

const encounter = (change: Record<string, unknown>) =>
  encounterInput.safeParse({
    ...ids,
    placeOfService: '11',
    serviceDateFrom: '2026-03-02',
    diagnoses: ['I10', 'E78.5'],
    ...change,
  });

const schedules = [
  feeScheduleInput.parse({
    name: 'charge master',
    effectiveFrom: '2026-01-01',
    entries: [
      { procedureCode: '99214', amount: '185.50' },
      { procedureCode: 'J3301', amount: '4.33' },
      { procedureCode: '97110', amount: '33.33' },
    ],
  }),
];

describe('encounterInput', () => {
  it('normalises codes and defaults a line to one unit', () => {
    const parsed = encounter({
      lines: [{ procedureCode: '99214', modifiers: ['25'], diagnosisPointers: [1, 2] }],
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.diagnoses).toEqual(['I10', 'E785']);
    expect(parsed.data?.lines[0]).toMatchObject({
      procedureCode: { system: 'cpt', code: '99214' },
      units: 1,
      modifiers: ['25'],
    });
  });

  it('takes the accident facts and defaults to none', () => {
    expect(encounter({}).data?.conditions).toEqual({ relatedCauses: [] });
    const parsed = encounter({
      conditions: { relatedCauses: ['AA'], accidentState: 'il', accidentDate: '2026-02-27' },
    });
    expect(parsed.data?.conditions).toEqual({
      relatedCauses: ['AA'],
      accidentState: 'IL',
      accidentDate: '2026-02-27',
    });
  });

  it.each([
    ['service ending before it starts', { serviceDateTo: '2026-03-01' }, 'serviceDateTo'],
    [
      'an accident after the service',
      { conditions: { relatedCauses: ['OA'], accidentDate: '2026-03-03' } },
      'conditions.accidentDate',
    ],
    [
      'an onset after the service',
      { conditions: { onsetDate: '2026-03-05' } },
      'conditions.onsetDate',
    ],
    [
      'a related cause listed twice',
      { conditions: { relatedCauses: ['EM', 'EM'] } },
      'conditions.relatedCauses',
    ],
    [
      'three related causes',
      { conditions: { relatedCauses: ['EM', 'AA', 'OA'] } },
      'conditions.relatedCauses',
    ],
    [
      'an accident state that is not a state',
      { conditions: { relatedCauses: ['AA'], accidentState: 'XX' } },
      'conditions.accidentState',
    ],
    [
      'a line dated outside the encounter',
      { lines: [{ procedureCode: '99214', serviceDate: '2026-03-03', diagnosisPointers: [1] }] },
      'lines.0.serviceDate',
    ],
    [
      'a pointer used twice',
      { lines: [{ procedureCode: '99214', diagnosisPointers: [1, 1] }] },
      'lines.0.diagnosisPointers',
    ],
    [
      'a line with no pointer',
      { lines: [{ procedureCode: '99214', diagnosisPointers: [] }] },
      'lines.0.diagnosisPointers',
    ],
    [
      'units with four decimals',
      { lines: [{ procedureCode: '99214', units: 1.2345, diagnosisPointers: [1] }] },
      'lines.0.units',
    ],
    [
      'an NDC unit outside the X12 list',
      {
        lines: [
          {
            procedureCode: 'J3301',
            diagnosisPointers: [1],
            ndc: { code: '00003-0293-05', quantity: 1, unit: 'MG' },
          },
        ],
      },
      'lines.0.ndc.unit',
    ],
    ['a place of service that is not two digits', { placeOfService: '1' }, 'placeOfService'],
  ])('refuses %s', (_label, change, path) => {
    const parsed = encounter(change);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('priceEncounter', () => {
  it('multiplies the fee by the units with one rounding to the cent', () => {
    const input = encounterInput.parse({
      ...ids,
      placeOfService: '11',
      serviceDateFrom: '2026-03-02',
      diagnoses: ['M17.11'],
      lines: [
        { procedureCode: '99214', modifiers: ['25'], diagnosisPointers: [1] },
        { procedureCode: 'J3301', units: 4, diagnosisPointers: [1] },
        { procedureCode: '97110', units: 1.5, diagnosisPointers: [1] },
        { procedureCode: '20610', charge: '210.00', diagnosisPointers: [1] },
      ],
    });
    const priced = priceEncounter(input, schedules);
    expect(priced.ok).toBe(true);
    if (!priced.ok) return;
    // 33.33 × 1.5 = 49.995 → 50.00 (half away from zero, once)
    expect(priced.value.lines.map((l) => l.charge)).toEqual([18550, 1732, 5000, 21000]);
    expect(priced.value.serviceDateTo).toBe('2026-03-02');
    expect(priced.value.lines.every((l) => l.serviceDate === '2026-03-02')).toBe(true);
  });

  it('names every line that has neither a charge nor a fee', () => {
    const input = encounterInput.parse({
      ...ids,
      placeOfService: '11',
      serviceDateFrom: '2025-12-31',
      diagnoses: ['I10'],
      lines: [
        { procedureCode: '99214', diagnosisPointers: [1] },
        { procedureCode: '93000', charge: '45.00', diagnosisPointers: [1] },
        { procedureCode: '36415', diagnosisPointers: [1] },
      ],
    });
    const priced = priceEncounter(input, schedules);
    expect(priced).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ path: 'lines.0.charge', code: 'no_fee' }),
        expect.objectContaining({ path: 'lines.2.charge', code: 'no_fee' }),
      ],
    });
  });
});
