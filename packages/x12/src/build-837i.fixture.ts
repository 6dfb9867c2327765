import type { Build837iInput, Claim837i } from './build-837i-input.ts';

/** Test inputs for the 837I builder: a hospital, an outpatient visit and an inpatient stay. */
export const envelope837i: Build837iInput['envelope'] = {
  senderQualifier: 'ZZ',
  senderId: 'MEDBILL',
  receiverQualifier: 'ZZ',
  receiverId: 'CLEARINGHOUSE',
  applicationSender: 'MEDBILL',
  applicationReceiver: 'CLEARINGHOUSE',
  interchangeControlNumber: 202,
  groupControlNumber: 8,
  functionalId: 'HC',
  version: '005010X223A2',
  date: '2026-03-20',
  time: '1405',
  usage: 'T',
};

const hospital: Claim837i['billingProvider'] = {
  name: 'Springfield General Hospital',
  npi: '1234567893',
  taxonomy: '282N00000X',
  ein: '371234567',
  address: { line1: '800 Hospital Dr', city: 'Springfield', state: 'IL', zip: '627029000' },
};

/** An emergency room visit (type of bill 131) of an adult who is her own subscriber. */
export const outpatientClaim: Claim837i = {
  billingProvider: hospital,
  subscriber: {
    payerResponsibility: 'P',
    patientIsSubscriber: true,
    groupNumber: 'GRP-100',
    claimFilingIndicator: 'CI',
    lastName: 'Doe',
    firstName: 'Jane',
    memberId: 'XYZ123456789',
    address: { line1: '12 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
    dateOfBirth: '1980-02-29',
    sex: 'F',
  },
  payer: { name: 'Acme Health', payerId: '60054' },
  patientControlNumber: 'ER-0001',
  totalCharge: 98_050,
  facilityType: '13',
  frequency: '1',
  statementPeriod: { from: '2026-03-10', to: '2026-03-10' },
  admissionType: '1',
  admissionSource: '7',
  patientStatus: '01',
  medicalRecordNumber: 'MRN-55',
  principalDiagnosis: { code: 'S52521A' },
  reasonsForVisit: ['M25532'],
  externalCauses: [{ code: 'W010XXA' }],
  occurrences: [{ code: '11', date: '2026-03-10' }],
  conditions: ['AJ'],
  attendingProvider: {
    lastName: 'Smith',
    firstName: 'Ann',
    npi: '1245319599',
    taxonomy: '207P00000X',
  },
  lines: [
    {
      revenueCode: '0450',
      procedureCode: '99284',
      modifiers: ['25'],
      charge: 65_000,
      units: 1,
      serviceDate: '2026-03-10',
      lineControlNumber: 'L1',
    },
    {
      revenueCode: '0320',
      procedureCode: '73090',
      modifiers: ['RT'],
      charge: 28_050,
      units: 1,
      serviceDate: '2026-03-10',
      lineControlNumber: 'L2',
    },
    { revenueCode: '0250', charge: 5_000, units: 2, serviceDate: '2026-03-10' },
  ],
};

/** A three-day admission (type of bill 111) of a child on her mother's plan, with a procedure. */
export const inpatientClaim: Claim837i = {
  billingProvider: hospital,
  subscriber: {
    payerResponsibility: 'P',
    patientIsSubscriber: false,
    claimFilingIndicator: 'CI',
    lastName: 'Doe',
    firstName: 'Jane',
    memberId: 'XYZ123456789',
  },
  payer: { name: 'Acme Health', payerId: '60054' },
  patient: {
    relationship: '19',
    lastName: 'Doe',
    firstName: 'Lily',
    address: { line1: '12 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
    dateOfBirth: '2019-06-15',
    sex: 'F',
  },
  patientControlNumber: 'IP-0002',
  totalCharge: 1_234_567,
  facilityType: '11',
  frequency: '1',
  statementPeriod: { from: '2026-03-01', to: '2026-03-04' },
  admission: { date: '2026-03-01', hour: '0930' },
  dischargeHour: '1100',
  admissionType: '3',
  admissionSource: '1',
  patientStatus: '01',
  priorAuthorization: 'AUTH-9',
  principalDiagnosis: { code: 'K3580', presentOnAdmission: 'Y' },
  admittingDiagnosis: 'R1031',
  otherDiagnoses: [
    { code: 'E119', presentOnAdmission: 'Y' },
    { code: 'I10', presentOnAdmission: 'Y' },
  ],
  principalProcedure: { code: '0DTJ4ZZ', date: '2026-03-01' },
  otherProcedures: [{ code: '0DJ08ZZ', date: '2026-03-02' }],
  values: [{ code: '80', amount: 300 }],
  attendingProvider: { lastName: 'Jones', firstName: 'Bob', npi: '1497758544' },
  operatingPhysician: { lastName: 'Lee', firstName: 'Kim', npi: '1003000126' },
  lines: [
    { revenueCode: '0120', charge: 600_000, unit: 'DA', units: 3 },
    { revenueCode: '0360', charge: 500_000, units: 1 },
    { revenueCode: '0250', charge: 134_567, units: 14, nonCoveredCharge: 1_000 },
  ],
};

/** The outpatient visit billed to the secondary payer, with the primary's adjudication (COB). */
export const secondaryClaim: Claim837i = {
  ...outpatientClaim,
  subscriber: {
    ...outpatientClaim.subscriber,
    payerResponsibility: 'S',
    claimFilingIndicator: 'MB',
  },
  payer: { name: 'Medicare Part A', payerId: '00450' },
  patientControlNumber: 'ER-0001S',
  otherPayers: [
    {
      responsibility: 'P',
      relationship: '18',
      groupNumber: 'GRP-100',
      claimFilingIndicator: 'CI',
      adjustments: [{ group: 'PR', reason: '1', amount: 10_000 }],
      paid: 60_050,
      remainingPatientLiability: 10_000,
      subscriber: { lastName: 'Doe', firstName: 'Jane', memberId: 'XYZ123456789' },
      payer: { name: 'Acme Health', payerId: '60054' },
      adjudicatedOn: '2026-03-18',
    },
  ],
  lines: outpatientClaim.lines.map((line, i) => ({
    ...line,
    adjudications: [
      {
        payerId: '60054',
        paid: [50_000, 20_050, 0][i] ?? 0,
        ...(line.procedureCode === undefined ? {} : { procedureCode: line.procedureCode }),
        units: line.units,
        adjustments: [{ group: 'CO', reason: '45', amount: [15_000, 8_000, 5_000][i] ?? 0 }],
        adjudicatedOn: '2026-03-18',
      },
    ],
  })),
};

/** The input of the three claims in one interchange. */
export const threeInstitutionalClaims: Build837iInput = {
  envelope: envelope837i,
  transactionControlNumber: 31,
  originatorReference: 'BATCH-31',
  createdAt: { date: '2026-03-20', time: '1405' },
  submitter: {
    name: 'Springfield General Billing',
    id: 'SUB456',
    contactName: 'Pat Biller',
    phone: '(217) 555-0100',
  },
  receiver: { name: 'Clearinghouse', id: 'CH999' },
  claims: [outpatientClaim, inpatientClaim, secondaryClaim],
};
