import type { Build837pInput, Claim837p } from './build-837p-input.ts';

/** Test inputs for the 837P builder: one billing provider, two subscribers, two claims. */
export const envelope: Build837pInput['envelope'] = {
  senderQualifier: 'ZZ',
  senderId: 'MEDBILL',
  receiverQualifier: 'ZZ',
  receiverId: 'CLEARINGHOUSE',
  applicationSender: 'MEDBILL',
  applicationReceiver: 'CLEARINGHOUSE',
  interchangeControlNumber: 101,
  groupControlNumber: 7,
  functionalId: 'HC',
  version: '005010X222A1',
  date: '2026-03-20',
  time: '1405',
  usage: 'T',
};

const billingProvider: Claim837p['billingProvider'] = {
  name: 'Riverside Family Practice',
  npi: '1234567893',
  taxonomy: '207Q00000X',
  ein: '123456789',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '627011234' },
};

/** A claim of an adult who is her own subscriber, with rendering and referring providers. */
export const selfClaim: Claim837p = {
  billingProvider,
  subscriber: {
    payerResponsibility: 'P',
    patientIsSubscriber: true,
    groupNumber: 'GRP-100',
    claimFilingIndicator: 'CI',
    lastName: 'Doe',
    firstName: 'Jane',
    middleName: 'Q',
    memberId: 'XYZ123456789',
    address: {
      line1: '12 Oak Ave',
      line2: 'Apt 3',
      city: 'Springfield',
      state: 'IL',
      zip: '62704',
    },
    dateOfBirth: '1980-02-29',
    sex: 'F',
  },
  payer: { name: 'Acme Health', payerId: '60054' },
  patientControlNumber: 'PCN-0001',
  totalCharge: 22551,
  placeOfService: '11',
  frequency: '1',
  priorAuthorization: 'AUTH77',
  onsetDate: '2026-03-01',
  diagnoses: ['J069', 'R509', 'Z23'],
  renderingProvider: {
    lastName: 'Smith',
    firstName: 'Ann',
    npi: '1245319599',
    taxonomy: '207Q00000X',
  },
  referringProvider: { lastName: 'Jones', firstName: 'Bob', npi: '1497758544' },
  lines: [
    {
      procedureCode: '99213',
      modifiers: ['25'],
      charge: 12500,
      units: 1,
      pointers: [1, 2],
      serviceDate: '2026-03-10',
      lineControlNumber: 'L1',
    },
    {
      procedureCode: '90471',
      modifiers: [],
      charge: 2550,
      units: 1,
      pointers: [3],
      serviceDate: '2026-03-10',
      lineControlNumber: 'L2',
    },
    {
      procedureCode: 'J1100',
      modifiers: [],
      charge: 7501,
      units: 1.5,
      placeOfService: '22',
      pointers: [1],
      serviceDate: '2026-03-11',
      lineControlNumber: 'L3',
      ndc: { code: '00641037621', quantity: 2, unit: 'ML' },
    },
  ],
};

/** A replacement claim (frequency 7) of a second subscriber under the same billing provider. */
export const replacementClaim: Claim837p = {
  billingProvider,
  subscriber: {
    payerResponsibility: 'S',
    patientIsSubscriber: true,
    claimFilingIndicator: 'MB',
    medicareSecondaryType: '12',
    lastName: 'Roe',
    firstName: 'Richard',
    memberId: '1EG4TE5MK73',
    address: { line1: '9 Elm St', city: 'Peoria', state: 'IL', zip: '61602' },
    dateOfBirth: '1950-07-04',
    sex: 'M',
  },
  payer: {
    name: 'Medicare Part B',
    payerId: '00952',
    address: { line1: 'PO Box 1', city: 'Chicago', state: 'IL', zip: '60601' },
  },
  patientControlNumber: 'PCN-0002',
  totalCharge: 1,
  placeOfService: '11',
  frequency: '7',
  payerClaimNumber: '20260300012345',
  diagnoses: ['I10'],
  serviceFacility: {
    name: 'Riverside Annex',
    npi: '1003000126',
    address: { line1: '200 Main St', city: 'Springfield', state: 'IL', zip: '627011234' },
  },
  lines: [
    {
      procedureCode: '36415',
      modifiers: [],
      charge: 1,
      units: 1,
      pointers: [1],
      serviceDate: '2026-03-12',
      lineControlNumber: 'L9',
    },
  ],
};

/** A child covered by her mother's plan: 2000C patient under a 2000B subscriber. */
export const dependentClaim: Claim837p = {
  ...selfClaim,
  subscriber: {
    payerResponsibility: 'P',
    patientIsSubscriber: false,
    claimFilingIndicator: 'CI',
    lastName: 'Doe',
    firstName: 'Jane',
    memberId: 'XYZ123456789',
  },
  patient: {
    relationship: '19',
    lastName: 'Doe',
    firstName: 'Lily',
    address: { line1: '12 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
    dateOfBirth: '2019-06-15',
    sex: 'F',
  },
  patientControlNumber: 'PCN-0003',
};

/** The two-claim input: one billing provider, two subscribers. */
export const twoClaims: Build837pInput = {
  envelope,
  transactionControlNumber: 21,
  originatorReference: 'BATCH-21',
  createdAt: { date: '2026-03-20', time: '1405' },
  submitter: {
    name: 'Riverside Billing',
    id: 'SUB123',
    contactName: 'Pat Biller',
    phone: '(217) 555-0100',
  },
  receiver: { name: 'Clearinghouse', id: 'CH999' },
  claims: [selfClaim, replacementClaim],
};
