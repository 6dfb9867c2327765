import { cents, isoDate } from '@medbill/core';
import type { Patient, Practice, Provider } from '@medbill/core';
import type { ClaimParties } from '../../services/claim-parties.ts';
import type { Cms1500Input } from './claim-boxes.ts';

// A claim as the 1500 mapping receives it, for the tests beside it.

export const practice: Practice = {
  id: 'practice-1',
  name: 'Prairie Family Medicine',
  npi: '1234567893',
  tin: { kind: 'EIN', digits: '371234567' },
  taxonomy: '207Q00000X',
  address: {
    line1: '100 Main St.',
    line2: 'Suite 200',
    city: 'Springfield',
    state: 'IL',
    zip: '627011234',
  },
  phone: '2175550100',
};

export const patient: Patient = {
  id: 'patient-1',
  accountNumber: 'A1',
  lastName: 'Rivera',
  firstName: 'María',
  middleName: 'Luz',
  dateOfBirth: isoDate('1956-04-12'),
  sex: 'F',
  address: { line1: '12 Oak Ave., #3', city: 'Springfield', state: 'IL', zip: '62704' },
  phone: '2175550142',
};

export const rendering: Provider = {
  id: 'provider-1',
  lastName: 'Okafor',
  firstName: 'Ada',
  credential: 'MD',
  npi: '1245319599',
  taxonomy: '207Q00000X',
};

export const referring: Provider = {
  id: 'provider-2',
  lastName: 'Lindqvist',
  firstName: 'Erik',
  middleName: 'Johan',
  credential: 'DO',
  npi: '1093817465',
};

type Line = ClaimParties['lines'][number];

/** A service line on 2026-03-02 with the given code, charge in cents and pointers. */
export function serviceLine(
  sequence: number,
  code: string,
  charge: number,
  pointers: number[],
  extra: Partial<Line['service']> = {},
): Line {
  return {
    sequence,
    serviceLineId: `line-${sequence}`,
    encounterId: 'encounter-1',
    controlNumber: `A1-1042-${sequence}`,
    diagnosisPointers: pointers,
    service: {
      id: `line-${sequence}`,
      sequence,
      procedureCode: { system: code.startsWith('J') ? 'hcpcs' : 'cpt', code },
      modifiers: [],
      units: 1,
      diagnosisPointers: pointers,
      charge: cents(charge),
      chargeEntered: false,
      serviceDate: isoDate('2026-03-02'),
      ...extra,
    },
  };
}

export const lines: Line[] = [
  serviceLine(1, '99214', 18550, [1, 2], { modifiers: ['25'] }),
  serviceLine(2, '71046', 4000, [1], { modifiers: ['26'] }),
  serviceLine(3, 'J1030', 1234, [3], { ndc: { code: '00009307003', quantity: 1, unit: 'ML' } }),
];

/** A Medicare claim for a patient who is her own insured, referred, three lines. */
export function claimInput(
  change: { claim?: Partial<Cms1500Input['claim']>; parties?: Partial<ClaimParties> } = {},
): Cms1500Input {
  const partyLines = change.parties?.lines ?? lines;
  return {
    claim: {
      claimNumber: 'A1-1042',
      placeOfService: '11',
      frequency: '1',
      diagnoses: ['I10', 'E785', 'M1711'],
      totalCharge: partyLines.reduce((sum, l) => sum + l.service.charge, 0),
      conditions: change.claim?.conditions ?? { relatedCauses: [] },
      ...change.claim,
    },
    parties: {
      practice,
      payer: {
        id: 'payer-1',
        name: 'Medicare Part B',
        payerId: '06102',
        claimFilingIndicator: 'MB',
        timelyFilingDays: 365,
        claimForm: 'paper',
        address: { line1: 'PO Box 6475', city: 'Indianapolis', state: 'IN', zip: '462066475' },
      },
      coverage: {
        id: 'coverage-1',
        patientId: patient.id,
        payerId: 'payer-1',
        order: 'primary',
        memberId: '1EG4-TE5-MK72',
        relationship: '18',
        effectiveFrom: isoDate('2021-04-01'),
      },
      patient,
      rendering,
      referring,
      lines,
      ...change.parties,
    },
    signedOn: isoDate('2026-03-10'),
  };
}
