import { selfClaim } from './build-837p.fixture.ts';
import type { Claim837p, OtherPayer837p } from './build-837p-input.ts';

const adjudicatedOn = '2026-03-20';

/** The primary payer's adjudication, as the TR3 COB example (005010X222A1 3.1.2) shapes it. */
export const primaryAdjudication: OtherPayer837p = {
  responsibility: 'P',
  relationship: '18',
  groupNumber: 'GRP100',
  claimFilingIndicator: 'MB',
  adjustments: [
    { group: 'PR', reason: '1', amount: 2189 },
    { group: 'PR', reason: '2', amount: 1500 },
  ],
  paid: 3915,
  remainingPatientLiability: 3689,
  subscriber: { lastName: 'Doe', firstName: 'Jane', memberId: '1EG4TE5MK72' },
  payer: { name: 'Medicare Part B', payerId: '00952' },
  adjudicatedOn,
};

const line = (
  n: number,
  procedureCode: string,
  charge: number,
  paid: number,
  adjustments: { group: string; reason: string; amount: number }[] = [],
) => ({
  procedureCode,
  modifiers: [],
  charge,
  units: 1,
  pointers: [1],
  serviceDate: '2026-03-11',
  lineControlNumber: `S${n}`,
  adjudications: [
    {
      payerId: '00952',
      paid,
      procedureCode,
      modifiers: [],
      units: 1,
      adjustments,
      adjudicatedOn,
    },
  ],
});

/** A secondary claim to a commercial plan after Medicare paid 39.15 of 79.04. */
export const secondaryClaim: Claim837p = {
  ...selfClaim,
  subscriber: {
    ...selfClaim.subscriber,
    payerResponsibility: 'S',
    claimFilingIndicator: 'CI',
    memberId: 'PHP77001234',
  },
  payer: { name: 'Prairie Health Plan', payerId: '61101' },
  patientControlNumber: 'PCN-0044',
  totalCharge: 7904,
  otherPayers: [primaryAdjudication],
  lines: [
    line(1, '99213', 4300, 4000, [{ group: 'CO', reason: '42', amount: 300 }]),
    line(2, '96372', 1500, 1500),
    line(3, 'J3301', 2104, 2104),
  ],
};
