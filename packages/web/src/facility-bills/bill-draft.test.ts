import { describe, expect, it } from 'vitest';
import {
  addDiagnosisCode,
  addHcpcsLine,
  billBody,
  diagnosisPath,
  draftOf,
  draftTotal,
  emptyDraft,
  emptyLine,
  withStatementFrom,
} from './bill-draft.ts';
import type { BillDraft } from './bill-draft.ts';
import type { FacilityBill } from './facility-bill.ts';

const outpatient: BillDraft = {
  ...emptyDraft(),
  patientId: 'p1',
  practiceId: 'f1',
  attendingProviderId: 'a1',
  statementFrom: '2026-03-10',
  statementTo: '2026-03-10',
  admissionDate: '2026-03-10',
  admissionHour: '14',
  admissionType: '1',
  diagnoses: [
    { key: 'd1', code: 'S52.521A', poa: '' },
    { key: 'd2', code: 'W01.0XXA', poa: 'Y' },
  ],
  lines: [
    {
      ...emptyLine('2026-03-10'),
      revenueCode: '0450',
      hcpcs: '99284',
      modifiers: '25',
      charge: '$1,650',
    },
    { ...emptyLine('2026-03-10'), revenueCode: '320', units: '2', charge: '280.5' },
  ],
};

describe('billBody', () => {
  it('sends dollars as exact decimal text and leaves blank optional fields out', () => {
    const body = billBody(outpatient);
    expect(body).toMatchObject({
      facilityType: '13',
      frequency: '1',
      admission: { date: '2026-03-10', hour: '14', type: '1' },
      principalDiagnosis: { code: 'S52.521A' },
      otherDiagnoses: [{ code: 'W01.0XXA', presentOnAdmission: 'Y' }],
      procedures: [],
      lines: [
        {
          revenueCode: '0450',
          procedureCode: '99284',
          modifiers: ['25'],
          units: 1,
          charge: '1650.00',
        },
        { revenueCode: '320', modifiers: [], units: 2, charge: '280.50' },
      ],
    });
    expect(body).not.toHaveProperty('operatingProviderId');
    expect(body).not.toHaveProperty('admittingDiagnosis');
    expect((body.admission as object | undefined) ?? {}).not.toHaveProperty('pointOfOrigin');
  });

  it('passes what it cannot read to the API as typed, so the API locates it', () => {
    const body = billBody({
      ...outpatient,
      diagnoses: [],
      admissionDate: '',
      lines: [{ ...emptyLine(), revenueCode: '45', units: 'two', charge: '12.345' }],
    });
    expect(body).not.toHaveProperty('principalDiagnosis');
    expect(body).toMatchObject({ admission: { date: '', hour: '14', type: '1' } });
    expect(
      billBody({ ...outpatient, admissionDate: '', admissionHour: '', admissionType: '' }),
    ).not.toHaveProperty('admission');
    expect(body.lines).toEqual([
      { revenueCode: '45', modifiers: [], unitBasis: 'UN', units: 'two', charge: '12.345' },
    ]);
  });

  it('reads condition codes typed with spaces or commas, and value amounts in dollars', () => {
    const body = billBody({
      ...outpatient,
      conditionCodes: ' 44, 07  a1 ',
      valueCodes: [
        { key: 'v1', code: ' A1 ', amount: '$1,140' },
        { key: 'v2', code: 'A2', amount: 'ten' },
      ],
    });
    expect(body).toMatchObject({
      conditionCodes: ['44', '07', 'a1'],
      valueCodes: [
        { code: 'A1', amount: '1140.00' },
        { code: 'A2', amount: 'ten' },
      ],
    });
    expect(billBody(outpatient)).toMatchObject({ conditionCodes: [], valueCodes: [] });
  });
});

describe('draftTotal', () => {
  it('adds the charges in cents', () => {
    expect(draftTotal(outpatient)).toBe(165_000 + 28_050);
  });
});

describe('draftOf', () => {
  const saved: FacilityBill = {
    id: 'b1',
    status: 'open',
    patientId: 'p1',
    practiceId: 'f1',
    attendingProviderId: 'a1',
    operatingProviderId: 'o1',
    facilityType: '11',
    frequency: '1',
    statementFrom: '2026-03-01',
    statementTo: '2026-03-04',
    admission: { date: '2026-03-01', hour: '0830', type: '1', pointOfOrigin: '1' },
    patientStatus: '01',
    documentation: '',
    principalDiagnosis: { code: 'J189', presentOnAdmission: 'Y' },
    otherDiagnoses: [{ code: 'I10', presentOnAdmission: 'Y' }],
    procedures: [{ code: '5A1935Z', date: '2026-03-02' }],
    occurrences: [{ code: '01', date: '2026-02-28' }],
    conditionCodes: ['44', '07'],
    valueCodes: [{ code: 'A1', amount: 14_000 }],
    lines: [
      {
        id: 'l1',
        sequence: 1,
        revenueCode: '0120',
        modifiers: [],
        unitBasis: 'DA',
        units: 3,
        charge: 450_000,
        serviceDate: '2026-03-01',
      },
    ],
  };

  it('round-trips a saved inpatient bill, its undated lines staying undated', () => {
    const body = billBody(draftOf(saved));
    expect(body).toMatchObject({
      operatingProviderId: 'o1',
      admission: saved.admission,
      principalDiagnosis: { code: 'J18.9', presentOnAdmission: 'Y' },
      otherDiagnoses: saved.otherDiagnoses,
      procedures: saved.procedures,
      occurrences: saved.occurrences,
      conditionCodes: ['44', '07'],
      valueCodes: [{ code: 'A1', amount: '140.00' }],
      lines: [{ revenueCode: '0120', unitBasis: 'DA', units: 3, charge: '4500.00' }],
    });
    expect((body.lines as object[])[0]).not.toHaveProperty('serviceDate');
  });
});

describe('diagnosisPath', () => {
  it('names the principal diagnosis first, then the others from 0', () => {
    expect([0, 1, 2].map(diagnosisPath)).toEqual([
      'principalDiagnosis',
      'otherDiagnoses.0',
      'otherDiagnoses.1',
    ]);
  });
});

describe('addDiagnosisCode', () => {
  it('adds a code once, however it is written', () => {
    const once = addDiagnosisCode(outpatient, 'R509');
    expect(once.diagnoses.map((d) => d.code)).toEqual(['S52.521A', 'W01.0XXA', 'R50.9']);
    expect(addDiagnosisCode(once, 'r50.9')).toBe(once);
  });
});

describe('addHcpcsLine', () => {
  it('fills a blank last line, else adds one dated on an outpatient bill', () => {
    const blank = { ...outpatient, lines: [emptyLine()] };
    expect(addHcpcsLine(blank, '73100').lines.map((l) => l.hcpcs)).toEqual(['73100']);
    const added = addHcpcsLine(outpatient, '73100').lines.at(-1);
    expect(added).toMatchObject({ hcpcs: '73100', serviceDate: '2026-03-10', revenueCode: '' });
    const inpatient = addHcpcsLine({ ...outpatient, facilityType: '11' }, '85025').lines.at(-1);
    expect(inpatient?.serviceDate).toBe('');
  });
});

describe('withStatementFrom', () => {
  it('moves the outpatient lines dated with the old start or not dated', () => {
    const draft: BillDraft = {
      ...outpatient,
      lines: [
        { ...emptyLine('2026-03-10'), revenueCode: '0450' },
        { ...emptyLine(''), revenueCode: '0320' },
        { ...emptyLine('2026-03-11'), revenueCode: '0300' },
      ],
    };
    const moved = withStatementFrom(draft, '2026-03-09');
    expect(moved.statementFrom).toBe('2026-03-09');
    expect(moved.lines.map((l) => l.serviceDate)).toEqual([
      '2026-03-09',
      '2026-03-09',
      '2026-03-11',
    ]);
    const inpatient = withStatementFrom({ ...draft, facilityType: '11' }, '2026-03-09');
    expect(inpatient.lines.map((l) => l.serviceDate)).toEqual(['2026-03-10', '', '2026-03-11']);
  });
});
