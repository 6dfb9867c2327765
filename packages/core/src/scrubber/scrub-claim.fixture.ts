import { isoDate } from '../dates/index.ts';
import { cents } from '../money/index.ts';
import type { ScrubContext } from './rule.ts';
import type { ScrubClaim, ScrubLine } from './scrub-claim.ts';

/** A claim every rule passes: a Medicare office visit with an ECG, billed on time. */
export const cleanClaim: ScrubClaim = {
  claimNumber: 'A100001-1',
  kind: 'professional',
  frequency: '1',
  billingProvider: {
    name: 'Prairie Family Medicine',
    npi: '1234567893',
    tin: '371234567',
    taxonomy: '207Q00000X',
    zip: '627011234',
  },
  renderingProvider: { npi: '1245319599', taxonomy: '207Q00000X' },
  payer: {
    name: 'Medicare Part B',
    payerId: '06102',
    claimFilingIndicator: 'MB',
    timelyFilingDays: 365,
  },
  subscriber: {
    memberId: '1EG4TE5MK72',
    lastName: 'Rivera',
    firstName: 'Maria',
    dateOfBirth: isoDate('1956-04-12'),
  },
  relationship: '18',
  patient: { accountNumber: 'A100001', dateOfBirth: isoDate('1956-04-12'), sex: 'F' },
  coverage: { order: 'primary', effectiveFrom: isoDate('2021-04-01') },
  placeOfService: '11',
  serviceDateFrom: isoDate('2026-03-02'),
  serviceDateTo: isoDate('2026-03-02'),
  diagnoses: ['I10', 'R0789'],
  lines: [
    {
      procedure: { system: 'cpt', code: '99214' },
      modifiers: ['25'],
      units: 1,
      charge: cents(18550),
      scheduledCharge: cents(18550),
      diagnosisPointers: [1, 2],
      serviceDate: isoDate('2026-03-02'),
    },
    {
      procedure: { system: 'cpt', code: '93000' },
      modifiers: [],
      units: 1,
      charge: cents(4500),
      scheduledCharge: cents(4500),
      diagnosisPointers: [2],
      serviceDate: isoDate('2026-03-02'),
    },
  ],
};

export const context: ScrubContext = { today: isoDate('2026-03-10') };

export function claimWith(change: Partial<ScrubClaim>): ScrubClaim {
  return { ...cleanClaim, ...change };
}

export function lineWith(index: number, change: Partial<ScrubLine>): ScrubClaim {
  return {
    ...cleanClaim,
    lines: cleanClaim.lines.map((l, i) => (i === index ? { ...l, ...change } : l)),
  };
}
