import type { EligibilityRequest } from './build-270-input.ts';
import type { ClaimStatusRequest } from './build-276-input.ts';
import type { InterchangeEnvelope } from './interchange-writer.ts';

/** Test inputs for the 270 and 276 builders. */
const envelope = (functionalId: string, version: string): InterchangeEnvelope => ({
  senderQualifier: 'ZZ',
  senderId: 'MEDBILL',
  receiverQualifier: 'ZZ',
  receiverId: 'CLEARINGHOUSE',
  applicationSender: 'MEDBILL',
  applicationReceiver: 'CLEARINGHOUSE',
  interchangeControlNumber: 102,
  groupControlNumber: 8,
  functionalId,
  version,
  date: '2026-03-20',
  time: '1405',
  usage: 'T',
});

const payer = { name: 'Acme Health', id: '12345' };
const provider = { name: 'Riverside Family Practice', npi: '1234567893' };

/** Two patients: a subscriber asked about office visits, and a dependent child. */
export const eligibilityRequest: EligibilityRequest = {
  envelope: envelope('HS', '005010X279A1'),
  transactionControlNumber: 21,
  reference: 'ELIG-0021',
  createdAt: { date: '2026-03-20', time: '1405' },
  payer,
  provider,
  inquiries: [
    {
      traceNumber: 'T-1',
      originatorId: '1123456789',
      subscriber: {
        memberId: 'W123456',
        lastName: 'Doe',
        firstName: 'Jane',
        birthDate: '1980-02-01',
        gender: 'F',
      },
      serviceTypes: ['30', '98'],
      date: '2026-03-20',
    },
    {
      traceNumber: 'T-2',
      originatorId: '1123456789',
      subscriber: {
        memberId: 'W654321',
        lastName: 'Roe',
        firstName: 'Richard',
        birthDate: '1975-07-04',
      },
      dependent: { lastName: 'Roe', firstName: 'Sam', birthDate: '2015-05-05', gender: 'M' },
    },
  ],
};

/** A subscriber's claim and a dependent's claim. */
export const claimStatusRequest: ClaimStatusRequest = {
  envelope: envelope('HR', '005010X212'),
  transactionControlNumber: 31,
  reference: 'STAT-0031',
  createdAt: { date: '2026-03-20', time: '1405' },
  payer,
  receiver: { name: 'Medbill Clinic', id: 'SUB123' },
  provider,
  claims: [
    {
      traceNumber: 'S-1',
      subscriber: {
        memberId: 'W123456',
        lastName: 'Doe',
        firstName: 'Jane',
        birthDate: '1980-02-01',
        gender: 'F',
      },
      patientControlNumber: 'C000001',
      payerClaimControlNumber: 'PCN-9',
      charge: 22550,
      serviceDate: '2026-03-02',
    },
    {
      traceNumber: 'S-2',
      subscriber: { memberId: 'W654321', lastName: 'Roe', firstName: 'Richard' },
      dependent: { lastName: 'Roe', firstName: 'Sam', birthDate: '2015-05-05' },
      patientControlNumber: 'C000002',
      billType: '131',
      charge: 10000,
      serviceDate: { from: '2026-03-01', to: '2026-03-03' },
    },
  ],
};
