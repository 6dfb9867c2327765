import type { Build837dInput, Claim837d } from './build-837d-input.ts';

/** Test inputs for the 837D builder. */
export const office: Claim837d['billingProvider'] = {
  name: 'Bright Smile Dental',
  npi: '1234567893',
  taxonomy: '1223G0001X',
  ein: '123456789',
  address: { line1: '5 Elm St', city: 'Springfield', state: 'IL', zip: '627011234' },
};

/** A filling and a cleaning for an adult who is her own subscriber. */
export const claim: Claim837d = {
  billingProvider: office,
  subscriber: {
    payerResponsibility: 'P',
    patientIsSubscriber: true,
    claimFilingIndicator: 'CI',
    lastName: 'Doe',
    firstName: 'Jane',
    memberId: 'DEN123',
    address: { line1: '12 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
    dateOfBirth: '1980-02-29',
    sex: 'F',
  },
  payer: { name: 'Delta Dental', payerId: 'CDCA1' },
  patientControlNumber: 'D-0001',
  totalCharge: 31_500,
  placeOfService: '11',
  frequency: '1',
  diagnoses: ['K0252'],
  renderingProvider: {
    lastName: 'Kildare',
    firstName: 'Ben',
    npi: '1245319599',
    taxonomy: '1223G0001X',
  },
  lines: [
    {
      procedureCode: 'D2392',
      charge: 21_500,
      teeth: [{ tooth: '30', surfaces: ['M', 'O'] }],
      pointers: [1],
      serviceDate: '2026-03-10',
      lineControlNumber: 'L1',
    },
    { procedureCode: 'D1110', charge: 10_000, oralCavity: ['01', '02'], serviceDate: '2026-03-10' },
  ],
};

/** A child's predetermination of a bridge (no dates of service). */
export const predetermination: Claim837d = {
  ...claim,
  subscriber: { ...claim.subscriber, patientIsSubscriber: false },
  patient: {
    relationship: '19',
    lastName: 'Doe',
    firstName: 'Lily',
    address: { line1: '12 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
    dateOfBirth: '2012-06-15',
    sex: 'F',
  },
  patientControlNumber: 'D-0002',
  predetermination: true,
  totalCharge: 150_000,
  diagnoses: [],
  lines: [
    {
      procedureCode: 'D6240',
      charge: 100_000,
      prosthesis: 'I',
      teeth: [{ tooth: '4' }, { tooth: '5' }, { tooth: '6' }],
    },
    { procedureCode: 'D0220', charge: 50_000, quantity: 2 },
  ],
};

export const input: Build837dInput = {
  envelope: {
    senderQualifier: 'ZZ',
    senderId: 'MEDBILL',
    receiverQualifier: 'ZZ',
    receiverId: 'CLEARINGHOUSE',
    applicationSender: 'MEDBILL',
    applicationReceiver: 'CLEARINGHOUSE',
    interchangeControlNumber: 303,
    groupControlNumber: 9,
    functionalId: 'HC',
    version: '005010X224A2',
    date: '2026-03-20',
    time: '1405',
    usage: 'T',
  },
  transactionControlNumber: 41,
  originatorReference: 'BATCH-41',
  createdAt: { date: '2026-03-20', time: '1405' },
  submitter: {
    name: 'Bright Smile Billing',
    id: 'SUB789',
    contactName: 'Pat Biller',
    phone: '2175550100',
  },
  receiver: { name: 'Clearinghouse', id: 'CH999' },
  claims: [claim, predetermination],
};

/** The filling and cleaning billed to the secondary payer, with the primary's adjudication (COB). */
export const secondaryClaim: Claim837d = {
  ...claim,
  subscriber: { ...claim.subscriber, payerResponsibility: 'S' },
  payer: { name: 'Guardian Dental', payerId: 'GRD01' },
  patientControlNumber: 'D-0001S',
  otherPayers: [
    {
      responsibility: 'P',
      relationship: '18',
      groupNumber: 'GRP-7',
      claimFilingIndicator: 'CI',
      adjustments: [{ group: 'PR', reason: '1', amount: 5_000 }],
      paid: 15_000,
      remainingPatientLiability: 11_000,
      subscriber: { lastName: 'Doe', firstName: 'Jane', memberId: 'DEN123' },
      payer: { name: 'Delta Dental', payerId: 'CDCA1' },
      adjudicatedOn: '2026-03-18',
    },
  ],
  lines: [
    {
      ...claim.lines[0]!,
      adjudications: [
        {
          payerId: 'CDCA1',
          paid: 12_000,
          units: 1,
          adjustments: [
            { group: 'CO', reason: '45', amount: 3_500 },
            { group: 'PR', reason: '2', amount: 6_000 },
          ],
          adjudicatedOn: '2026-03-18',
        },
      ],
    },
    {
      ...claim.lines[1]!,
      adjudications: [
        {
          payerId: 'CDCA1',
          paid: 8_000,
          procedureCode: 'D1120',
          units: 1,
          adjustments: [{ group: 'CO', reason: '45', amount: 2_000 }],
          adjudicatedOn: '2026-03-18',
        },
      ],
    },
  ],
};
