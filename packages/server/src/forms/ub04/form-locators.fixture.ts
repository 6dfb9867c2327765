import { cents, isoDate } from '@medbill/core';
import type { FacilityBill, Payer, RevenueLine } from '@medbill/core';
import type { InstitutionalClaimParties } from '../../services/institutional-claim-parties.ts';
import { patient, practice, referring, rendering } from '../cms1500/claim-boxes.fixture.ts';
import type { Ub04Input } from './form-locators.ts';

// An institutional claim as the UB-04 mapping receives it, for the tests beside it.

export const medicare: Payer = {
  id: 'payer-1',
  name: 'Medicare Part A',
  payerId: '06101',
  claimFilingIndicator: 'MA',
  timelyFilingDays: 365,
  claimForm: 'paper',
  address: { line1: 'PO Box 6474', city: 'Indianapolis', state: 'IN', zip: '462066474' },
};

type Line = InstitutionalClaimParties['lines'][number];

/** A revenue line with the given code, charge in cents and details, on 2026-03-01. */
export function revenueLine(
  sequence: number,
  revenueCode: string,
  charge: number,
  extra: Partial<RevenueLine> = {},
): Line {
  return {
    sequence,
    serviceLineId: `revenue-${sequence}`,
    encounterId: 'bill-1',
    controlNumber: `A1-2001-${sequence}`,
    diagnosisPointers: [],
    revenueCode,
    revenue: {
      id: `revenue-${sequence}`,
      sequence,
      revenueCode,
      modifiers: [],
      unitBasis: 'UN',
      units: 1,
      charge: cents(charge),
      serviceDate: isoDate('2026-03-01'),
      ...extra,
    },
  };
}

export const inpatientLines: Line[] = [
  revenueLine(1, '0120', 450000, { unitBasis: 'DA', units: 3 }),
  revenueLine(2, '0250', 31255),
  revenueLine(3, '0300', 9800, { procedureCode: { system: 'cpt', code: '85025' }, units: 2 }),
];

/** A three-day pneumonia stay (type 111) with a principal procedure. */
export const inpatientBill: FacilityBill = {
  id: 'bill-1',
  status: 'billed',
  patientId: patient.id,
  practiceId: practice.id,
  attendingProviderId: rendering.id,
  operatingProviderId: referring.id,
  facilityType: '11',
  frequency: '1',
  statementFrom: isoDate('2026-03-01'),
  statementTo: isoDate('2026-03-04'),
  admission: { date: isoDate('2026-03-01'), hour: '0830', type: '1', pointOfOrigin: '1' },
  dischargeHour: '1100',
  patientStatus: '01',
  documentation: '',
  principalDiagnosis: { code: 'J189', presentOnAdmission: 'Y' },
  admittingDiagnosis: 'R509',
  occurrences: [],
  conditionCodes: [],
  valueCodes: [],
  otherDiagnoses: [
    { code: 'I10', presentOnAdmission: 'Y' },
    { code: 'E119', presentOnAdmission: 'N' },
    { code: 'Z7984' },
  ],
  procedures: [
    { code: '5A1935Z', date: isoDate('2026-03-02') },
    { code: '0BH17EZ', date: isoDate('2026-03-02') },
  ],
  lines: inpatientLines.map((l) => l.revenue),
};

/** Medicare Part A's claim for {@link inpatientBill}; the patient is her own insured. */
export function ub04Input(
  change: {
    claim?: Partial<Ub04Input['claim']>;
    parties?: Partial<InstitutionalClaimParties>;
    bill?: Partial<FacilityBill>;
  } = {},
): Ub04Input {
  const lines = change.parties?.lines ?? inpatientLines;
  return {
    claim: {
      claimNumber: 'A1-2001',
      frequency: '1',
      totalCharge: lines.reduce((sum, l) => sum + l.revenue.charge, 0),
      ...change.claim,
    },
    parties: {
      practice,
      payer: medicare,
      coverage: {
        id: 'coverage-1',
        patientId: patient.id,
        payerId: medicare.id,
        order: 'primary',
        memberId: '1EG4TE5MK72',
        relationship: '18',
        effectiveFrom: isoDate('2021-04-01'),
      },
      patient,
      attending: rendering,
      operating: referring,
      bill: { ...inpatientBill, ...change.bill },
      lines,
      priorPayers: [],
      ...change.parties,
    },
    printedOn: isoDate('2026-03-12'),
  };
}
