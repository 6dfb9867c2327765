/** Valid request bodies, as a client would send them. */
export const practiceBody = {
  name: 'Prairie Family Medicine',
  npi: '1234567893',
  tin: { kind: 'EIN', number: '37-1234567' },
  taxonomy: '207Q00000X',
  address: { line1: '100 Main St', city: 'Springfield', state: 'IL', zip: '62701-1234' },
  phone: '(217) 555-0100',
};

export const providerBody = {
  lastName: 'Okafor',
  firstName: 'Ada',
  credential: 'MD',
  npi: '1245319599',
  taxonomy: '207Q00000X',
};

export const payerBody = {
  name: 'Medicare Part B',
  payerId: '06102',
  claimFilingIndicator: 'MB',
  timelyFilingDays: 365,
};

export const feeScheduleBody = {
  name: '2026 charge master',
  effectiveFrom: '2026-01-01',
  entries: [
    { procedureCode: '99213', amount: '125.00' },
    { procedureCode: '99214', amount: '185.50' },
    { procedureCode: '71046', modifier: '26', amount: '40.00' },
    { procedureCode: '71046', amount: '95.00' },
    { procedureCode: 'J1030', amount: '12.34' },
  ],
};

export const patientBody = {
  lastName: 'Rivera',
  firstName: 'Maria',
  dateOfBirth: '1956-04-12',
  sex: 'F',
  address: { line1: '12 Oak Ave', city: 'Springfield', state: 'IL', zip: '62704' },
  phone: '217-555-0142',
};

export const coverageBody = (payerId: string) => ({
  payerId,
  order: 'primary',
  memberId: '1EG4-TE5-MK72',
  relationship: '18',
  effectiveFrom: '2021-04-01',
});

/** The test visit: 99214 and 71046-26 for hypertension (I10) and hyperlipidemia (E78.5). */
export const encounterBody = (
  ids: { patientId: string; practiceId: string; renderingProviderId: string },
  serviceDateFrom: string,
) => ({
  ...ids,
  placeOfService: '11',
  serviceDateFrom,
  diagnoses: ['I10', 'E78.5'],
  lines: [
    { procedureCode: '99214', diagnosisPointers: [1, 2] },
    { procedureCode: '71046', modifiers: ['26'], diagnosisPointers: [1] },
  ],
});
