import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates/index.ts';
import type { Encounter, ServiceLine } from '../entities/index.ts';
import { cents } from '../money/index.ts';
import { buildClaims } from './build-claims.ts';

let n = 0;
const line = (
  code: string,
  pointers: number[],
  date = '2026-03-02',
  charge = 10000,
): ServiceLine => ({
  id: `line-${(n += 1)}`,
  sequence: n,
  procedureCode: { system: 'cpt', code },
  modifiers: [],
  units: 1,
  charge: cents(charge),
  chargeEntered: false,
  diagnosisPointers: pointers,
  serviceDate: isoDate(date),
});

const encounter = (id: string, change: Partial<Encounter>): Encounter => ({
  id,
  status: 'coded',
  patientId: 'pat-1',
  practiceId: 'prac-1',
  renderingProviderId: 'dr-a',
  placeOfService: '11',
  serviceDateFrom: isoDate('2026-03-02'),
  serviceDateTo: isoDate('2026-03-02'),
  documentation: '',
  diagnoses: ['I10', 'E785'],
  lines: [line('99214', [1, 2])],
  conditions: { relatedCauses: [] },
  ...change,
});

describe('buildClaims', () => {
  it('bills one encounter as one claim with its diagnoses in order', () => {
    const [claim, ...rest] = buildClaims([
      { encounter: encounter('e1', {}), coverageId: 'cov-mcr' },
    ]);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({
      coverageId: 'cov-mcr',
      diagnoses: ['I10', 'E785'],
      totalCharge: 10000,
      encounterIds: ['e1'],
    });
    expect(claim?.lines[0]?.diagnosisPointers).toEqual([1, 2]);
  });

  it('groups by coverage, rendering provider, place of service and date of service', () => {
    const claims = buildClaims([
      { encounter: encounter('e1', {}), coverageId: 'cov-mcr' },
      {
        encounter: encounter('e2', { diagnoses: ['E785', 'R0789'], lines: [line('93000', [2])] }),
        coverageId: 'cov-mcr',
      },
      {
        encounter: encounter('e6', {
          serviceDateFrom: isoDate('2026-03-09'),
          lines: [line('99213', [1], '2026-03-09')],
        }),
        coverageId: 'cov-mcr',
      },
      { encounter: encounter('e3', { renderingProviderId: 'dr-b' }), coverageId: 'cov-mcr' },
      { encounter: encounter('e4', { placeOfService: '02' }), coverageId: 'cov-mcr' },
      { encounter: encounter('e5', {}), coverageId: 'cov-aetna' },
    ]);
    expect(claims.map((c) => c.encounterIds)).toEqual([
      ['e1', 'e2'],
      ['e6'],
      ['e3'],
      ['e4'],
      ['e5'],
    ]);
    expect(claims[0]).toMatchObject({ diagnoses: ['I10', 'E785', 'R0789'], totalCharge: 20000 });
    expect(claims[0]?.lines.map((l) => l.diagnosisPointers)).toEqual([[1, 2], [3]]);
  });

  it('keeps encounters with different accident facts on separate claims, each with its own', () => {
    const accident = {
      relatedCauses: ['AA' as const],
      accidentState: 'IL' as const,
      accidentDate: isoDate('2026-02-27'),
    };
    const claims = buildClaims([
      { encounter: encounter('e1', {}), coverageId: 'cov' },
      { encounter: encounter('e2', { conditions: accident }), coverageId: 'cov' },
      { encounter: encounter('e3', { conditions: { ...accident } }), coverageId: 'cov' },
    ]);
    expect(claims.map((c) => c.encounterIds)).toEqual([['e1'], ['e2', 'e3']]);
    expect(claims[1]?.conditions).toEqual(accident);
    expect(claims[0]?.conditions).toEqual({ relatedCauses: [] });
  });

  it('splits past 12 diagnoses and re-maps pointers, keeping the first-listed first', () => {
    const diagnoses = [
      'I10',
      'E119',
      'E785',
      'J449',
      'M1711',
      'K219',
      'F411',
      'N390',
      'R0789',
      'M5450',
      'J069',
      'L03115',
      'S93401A',
      'Z23',
    ];
    const lines = [
      line('99215', [1, 2, 3, 4]),
      line('20610', [5, 1]),
      line('93000', [9, 1]),
      line('81002', [8, 6]),
      line('90471', [14, 7]),
      line('97110', [10, 11, 12, 13]),
    ];
    const claims = buildClaims([
      { encounter: encounter('e1', { diagnoses, lines }), coverageId: 'cov' },
    ]);
    expect(claims).toHaveLength(2);
    for (const claim of claims) {
      expect(claim.diagnoses.length).toBeLessThanOrEqual(12);
      for (const l of claim.lines) {
        const original = l.line.diagnosisPointers.map((p) => diagnoses[p - 1]);
        expect(l.diagnosisPointers.map((p) => claim.diagnoses[p - 1])).toEqual(original);
      }
    }
    expect(claims[0]?.diagnoses[0]).toBe('I10');
    expect(claims.flatMap((c) => c.lines.map((l) => l.serviceLineId))).toEqual(
      lines.map((l) => l.id),
    );
  });

  it('splits past 50 lines', () => {
    const lines = Array.from({ length: 120 }, () => line('97110', [1]));
    const claims = buildClaims([{ encounter: encounter('e1', { lines }), coverageId: 'cov' }]);
    expect(claims.map((c) => c.lines.length)).toEqual([50, 50, 20]);
    expect(claims.reduce((sum, c) => sum + c.totalCharge, 0)).toBe(120 * 10000);
  });

  it('bills nothing for an encounter without lines', () => {
    expect(buildClaims([{ encounter: encounter('e1', { lines: [] }), coverageId: 'cov' }])).toEqual(
      [],
    );
  });
});
