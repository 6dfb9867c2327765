import type { z } from 'zod';
import { npiCheckDigit } from '@medbill/core';
import type {
  facilityInput,
  feeScheduleInput,
  payerInput,
  practiceInput,
  providerInput,
} from '@medbill/core';

/** Raw API bodies, as a client would POST them (strings for dates, money and codes). */
export type DemoPracticeInput = z.input<typeof practiceInput>;
export type DemoProviderInput = z.input<typeof providerInput>;
export type DemoFacilityInput = z.input<typeof facilityInput>;
export type DemoPayerInput = z.input<typeof payerInput>;
export type DemoFeeScheduleInput = z.input<typeof feeScheduleInput>;

/** Rendering providers of the practice, by key. */
export const DEMO_RENDERING_PROVIDERS = [
  'dr-okafor',
  'dr-brennan',
  'dr-hassan',
  'np-lindqvist',
  'pa-alvarez',
] as const;
export type DemoRenderingProvider = (typeof DEMO_RENDERING_PROVIDERS)[number];

/** Referring providers outside the practice (they carry no practiceId). */
export const DEMO_REFERRING_PROVIDERS = ['dr-whitfield', 'dr-castellano'] as const;
export type DemoReferringProvider = (typeof DEMO_REFERRING_PROVIDERS)[number];

/** Physicians of the demo hospital: attending and operating providers on its UB-04s. */
export const DEMO_HOSPITAL_PROVIDERS = ['dr-osei', 'dr-nakamura'] as const;
export type DemoHospitalProvider = (typeof DEMO_HOSPITAL_PROVIDERS)[number];

export type DemoProviderKey = DemoRenderingProvider | DemoReferringProvider | DemoHospitalProvider;

export const DEMO_FACILITIES = ['main-clinic', 'cedar-ridge'] as const;
export type DemoFacilityKey = (typeof DEMO_FACILITIES)[number];

export const DEMO_PAYERS = ['medicare', 'commercial', 'medicaid'] as const;
export type DemoPayerKey = (typeof DEMO_PAYERS)[number];

/**
 * A demo NPI: nine digits from a fixed base, completed with the real check digit (Luhn over
 * the prefix 80840). The base keeps them apart from each other; passing the check does not make
 * them issued NPIs.
 */
export function demoNpi(serial: number): string {
  const first9 = String(194_700_000 + serial);
  const check = npiCheckDigit(first9);
  if (!check.ok) throw new RangeError(check.error);
  return `${first9}${check.value}`;
}

const CLINIC_ADDRESS = {
  line1: '1930 W Monroe St',
  city: 'Springfield',
  state: 'IL',
  zip: '62704-1520',
} as const;

export const DEMO_PRACTICE: DemoPracticeInput = {
  name: 'Prairie Family Medicine, S.C.',
  npi: demoNpi(1),
  tin: { kind: 'EIN', number: '37-4829163' },
  taxonomy: '207Q00000X',
  address: { ...CLINIC_ADDRESS, line2: 'Suite 200' },
  payToAddress: { line1: 'PO Box 19042', city: 'Springfield', state: 'IL', zip: '62794-9042' },
  phone: '217-555-0100',
};

/** Each demo provider with its key and, for rendering providers, the notes' signature line. */
export interface DemoProviderProfile {
  readonly key: DemoProviderKey;
  readonly input: DemoProviderInput;
  readonly signature: string;
}

function provider(
  key: DemoProviderKey,
  serial: number,
  name: { first: string; middle?: string; last: string; credential: string },
  taxonomy: string,
  practice: 'practice' | 'practice:hospital' | undefined,
): DemoProviderProfile {
  return {
    key,
    input: {
      ...(practice === undefined ? {} : { practiceId: practice }),
      lastName: name.last,
      firstName: name.first,
      ...(name.middle === undefined ? {} : { middleName: name.middle }),
      credential: name.credential,
      npi: demoNpi(serial),
      taxonomy,
    },
    signature: `${name.first} ${name.last}, ${name.credential}`,
  };
}

export const DEMO_PROVIDERS: readonly DemoProviderProfile[] = [
  provider(
    'dr-okafor',
    11,
    { first: 'Amara', middle: 'N', last: 'Okafor', credential: 'MD' },
    '207Q00000X',
    'practice',
  ),
  provider(
    'dr-brennan',
    12,
    { first: 'Thomas', middle: 'J', last: 'Brennan', credential: 'DO' },
    '207R00000X',
    'practice',
  ),
  provider(
    'dr-hassan',
    13,
    { first: 'Leila', last: 'Hassan', credential: 'MD' },
    '208000000X',
    'practice',
  ),
  provider(
    'np-lindqvist',
    14,
    { first: 'Karin', last: 'Lindqvist', credential: 'FNP-C' },
    '363LF0000X',
    'practice',
  ),
  provider(
    'pa-alvarez',
    15,
    { first: 'Marco', middle: 'A', last: 'Alvarez', credential: 'PA-C' },
    '363A00000X',
    'practice',
  ),
  provider(
    'dr-whitfield',
    21,
    { first: 'Gregory', last: 'Whitfield', credential: 'MD' },
    '207X00000X',
    undefined,
  ),
  provider(
    'dr-castellano',
    22,
    { first: 'Elena', last: 'Castellano', credential: 'MD' },
    '207RC0000X',
    undefined,
  ),
  provider(
    'dr-osei',
    23,
    { first: 'Kofi', last: 'Osei', credential: 'MD' },
    '207P00000X',
    'practice:hospital',
  ),
  provider(
    'dr-nakamura',
    24,
    { first: 'Yuki', middle: 'S', last: 'Nakamura', credential: 'MD' },
    '208600000X',
    'practice:hospital',
  ),
];

export const DEMO_FACILITY_INPUTS: readonly { key: DemoFacilityKey; input: DemoFacilityInput }[] = [
  {
    key: 'main-clinic',
    input: {
      name: 'Prairie Family Medicine Main Clinic',
      address: CLINIC_ADDRESS,
      placeOfService: '11',
    },
  },
  {
    key: 'cedar-ridge',
    input: {
      name: 'Cedar Ridge Nursing and Rehabilitation Center',
      npi: demoNpi(31),
      address: { line1: '2415 Wabash Ave', city: 'Springfield', state: 'IL', zip: '62704-5337' },
      placeOfService: '32',
    },
  },
];

export const DEMO_PAYER_INPUTS: readonly { key: DemoPayerKey; input: DemoPayerInput }[] = [
  {
    key: 'medicare',
    input: {
      name: 'Medicare Part B Illinois (NGS J6)',
      payerId: '06102',
      claimFilingIndicator: 'MB',
      timelyFilingDays: 365,
    },
  },
  {
    key: 'commercial',
    input: { name: 'Aetna', payerId: '60054', claimFilingIndicator: 'CI', timelyFilingDays: 180 },
  },
  {
    key: 'medicaid',
    input: {
      name: 'Illinois Medicaid (HFS)',
      payerId: 'ILMCD',
      claimFilingIndicator: 'MC',
      timelyFilingDays: 180,
    },
  },
];

/**
 * The practice's charge master: list prices above the Medicare allowed amounts (roughly 150–250%
 * of the 2026 national non-facility rate), as practices set them so no payer pays less than
 * its own fee schedule. Entries with a modifier price that code-and-modifier pair.
 */
// prettier-ignore
const CHARGES: readonly (readonly [code: string, amount: string, modifier?: string])[] = [
  ['99202', '125.00'], ['99203', '195.00'], ['99204', '290.00'], ['99205', '385.00'],
  ['99211', '45.00'], ['99212', '105.00'], ['99213', '165.00'], ['99214', '235.00'], ['99215', '320.00'],
  ['99382', '210.00'], ['99383', '215.00'], ['99384', '235.00'], ['99385', '230.00'], ['99386', '265.00'],
  ['99387', '285.00'],
  ['99392', '190.00'], ['99393', '190.00'], ['99394', '205.00'], ['99395', '210.00'], ['99396', '225.00'],
  ['99397', '240.00'],
  ['G0438', '295.00'], ['G0439', '235.00'], ['G2211', '30.00'], ['99406', '30.00'],
  ['99307', '75.00'], ['99308', '135.00'], ['99309', '195.00'], ['99310', '280.00'],
  ['99495', '375.00'], ['99496', '510.00'],
  ['36415', '15.00'], ['81002', '18.00'], ['82947', '20.00'], ['83036', '45.00'], ['80053', '55.00'],
  ['80061', '60.00'], ['84443', '48.00'], ['85025', '40.00'], ['87880', '35.00'],
  ['93000', '60.00'], ['71046', '95.00'],
  ['20610', '150.00'], ['11102', '175.00'], ['17110', '185.00'], ['69210', '85.00'],
  ['90460', '40.00'], ['90471', '40.00'], ['G0008', '40.00'], ['90656', '42.00'], ['90662', '85.00'], ['90686', '42.00'],
  ['96372', '35.00'], ['J1010', '0.25'], ['J1885', '8.00'], ['J3301', '6.00'],
];

export function demoFeeSchedule(effectiveFrom: string): DemoFeeScheduleInput {
  return {
    name: 'Prairie Family Medicine charge master',
    effectiveFrom,
    entries: CHARGES.map(([procedureCode, amount, modifier]) => ({
      procedureCode,
      amount,
      ...(modifier === undefined ? {} : { modifier }),
    })),
  };
}
