import type { z } from 'zod';
import { addDays, ageInYears, isoDate } from '@medbill/core';
import type { IsoDate, facilityBillInput } from '@medbill/core';
import type { DemoRegistrationInput } from './demo-household-tools.ts';
import type { DemoPayerKey, DemoPracticeInput } from './demo-organization.ts';
import { demoNpi } from './demo-organization.ts';

/** A facility bill as a client would POST it; `patientId` is left `''` for the loader. */
export type DemoFacilityBillInput = z.input<typeof facilityBillInput>;

/** The placeholder facility bills carry for the hospital until the loader knows its id. */
export const DEMO_HOSPITAL_KEY = 'practice:hospital';

/**
 * The community hospital whose billing office also uses medbill: the billing facility of the
 * demo's UB-04s (an 837I billing provider needs an EIN; the name fits FL 1's 25 characters).
 */
export const DEMO_HOSPITAL: DemoPracticeInput = {
  name: 'Sangamon Valley Hospital',
  npi: demoNpi(41),
  tin: { kind: 'EIN', number: '37-6015382' },
  taxonomy: '282N00000X',
  address: { line1: '800 E Carpenter St', city: 'Springfield', state: 'IL', zip: '62769-0002' },
  payToAddress: { line1: 'PO Box 19650', city: 'Springfield', state: 'IL', zip: '62794-9650' },
  phone: '217-555-0400',
};

interface Candidate {
  readonly registration: DemoRegistrationInput;
}

/** The primary payer in force for the whole stay, when it is one of `payers`. */
function primaryPayerOn(
  registration: DemoRegistrationInput,
  from: IsoDate,
  to: IsoDate,
): DemoPayerKey | undefined {
  const primary = (registration.coverages ?? []).find(
    (c) =>
      c.order === 'primary' && c.effectiveFrom <= from && (c.effectiveTo ?? '9999-12-31') >= to,
  );
  return primary?.payerId.replace(/^payer:/, '') as DemoPayerKey | undefined;
}

/** The first patient of at least `minAge` covered through the stay by one of `payers`. */
function firstPatient(
  patients: readonly Candidate[],
  taken: ReadonlySet<number>,
  stay: { from: IsoDate; to: IsoDate },
  minAge: number,
  payers: readonly DemoPayerKey[],
): number | undefined {
  for (const payer of payers) {
    const index = patients.findIndex(
      ({ registration }, i) =>
        !taken.has(i) &&
        ageInYears(isoDate(registration.patient.dateOfBirth), stay.from) >= minAge &&
        primaryPayerOn(registration, stay.from, stay.to) === payer,
    );
    if (index >= 0) return index;
  }
  return undefined;
}

/**
 * An emergency department visit for chest pain, ruled out for a heart attack and sent home
 * (type of bill 131): ER level 4, labs with their CPT codes, EKG and chest X-ray.
 */
function emergencyVisit(date: IsoDate): DemoFacilityBillInput {
  const line = (revenueCode: string, procedureCode: string, charge: string) => ({
    revenueCode,
    procedureCode,
    charge,
    serviceDate: date,
  });
  return {
    patientId: '',
    practiceId: DEMO_HOSPITAL_KEY,
    attendingProviderId: 'provider:dr-osei',
    facilityType: '13',
    frequency: '1',
    statementFrom: date,
    statementTo: date,
    admission: { date, hour: '19', type: '1', pointOfOrigin: '1' },
    patientStatus: '01',
    documentation:
      'ED visit: substernal chest pressure for 2 hours, no radiation.\n' +
      'EKG normal sinus rhythm; troponin negative at 0 and 3 hours.\n' +
      'Chest X-ray without acute findings; CBC and CMP within normal limits.\n' +
      'Discharged home to follow up with the primary care physician within 3 days.',
    principalDiagnosis: { code: 'R07.89' },
    otherDiagnoses: [{ code: 'R06.02' }],
    lines: [
      line('0450', '99284', '1250.00'),
      line('0300', '80053', '185.00'),
      line('0300', '84484', '210.00'),
      line('0300', '85025', '95.00'),
      line('0730', '93005', '240.00'),
      line('0324', '71046', '320.00'),
    ],
  };
}

/**
 * A two-night stay (type of bill 111) admitted through the emergency department for acute
 * cholecystitis with gallstones, and a laparoscopic cholecystectomy the day after admission.
 */
function cholecystectomyStay(admitted: IsoDate): DemoFacilityBillInput {
  const discharged = addDays(admitted, 2);
  return {
    patientId: '',
    practiceId: DEMO_HOSPITAL_KEY,
    attendingProviderId: 'provider:dr-nakamura',
    operatingProviderId: 'provider:dr-nakamura',
    facilityType: '11',
    frequency: '1',
    statementFrom: admitted,
    statementTo: discharged,
    admission: { date: admitted, hour: '2230', type: '1', pointOfOrigin: '1' },
    dischargeHour: '1100',
    patientStatus: '01',
    documentation:
      'Admitted from the ED with right upper quadrant pain, fever and a positive Murphy sign.\n' +
      'Ultrasound: gallstones, thickened gallbladder wall and pericholecystic fluid.\n' +
      'Laparoscopic cholecystectomy on hospital day 2 without complication.\n' +
      'Tolerating a regular diet; discharged home on day 3.',
    principalDiagnosis: { code: 'K80.00', presentOnAdmission: 'Y' },
    admittingDiagnosis: 'R10.11',
    procedures: [{ code: '0FT44ZZ', date: addDays(admitted, 1) }],
    lines: [
      { revenueCode: '0120', unitBasis: 'DA', units: 2, charge: '2900.00' },
      { revenueCode: '0250', charge: '412.80' },
      { revenueCode: '0300', procedureCode: '80053', charge: '185.00' },
      { revenueCode: '0300', procedureCode: '85025', units: 2, charge: '190.00' },
      { revenueCode: '0360', charge: '6850.00' },
      { revenueCode: '0370', charge: '1480.00' },
      { revenueCode: '0710', charge: '920.00' },
    ],
  };
}

/**
 * The hospital's bills for demo patients, by patient index: an inpatient stay about five weeks
 * before the last service date and an emergency visit about two and a half weeks before, each for
 * the first adult covered by a commercial plan or Medicaid through it (Medicare here is the Part B
 * carrier, which does not take facility bills). A practice without such patients gets fewer bills.
 */
export function scheduleFacilityBills(
  patients: readonly Candidate[],
  lastServiceDate: IsoDate,
): Map<number, DemoFacilityBillInput[]> {
  const bills = new Map<number, DemoFacilityBillInput[]>();
  const admitted = addDays(lastServiceDate, -38);
  const stay = firstPatient(patients, new Set(), { from: admitted, to: addDays(admitted, 2) }, 40, [
    'commercial',
    'medicaid',
  ]);
  if (stay !== undefined) bills.set(stay, [cholecystectomyStay(admitted)]);
  const visited = addDays(lastServiceDate, -17);
  const visit = firstPatient(
    patients,
    new Set(stay === undefined ? [] : [stay]),
    { from: visited, to: visited },
    30,
    ['medicaid', 'commercial'],
  );
  if (visit !== undefined) bills.set(visit, [emergencyVisit(visited)]);
  return bills;
}
