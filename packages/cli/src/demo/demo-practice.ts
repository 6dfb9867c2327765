import { isoDate } from '@medbill/core';
import { scheduleEncounters, demoPeriodStart } from './demo-encounters.ts';
import type { DemoEncounterInput } from './demo-encounters.ts';
import {
  DEMO_FACILITIES,
  DEMO_FACILITY_INPUTS,
  DEMO_HOSPITAL_PROVIDERS,
  DEMO_PAYERS,
  DEMO_PAYER_INPUTS,
  DEMO_PRACTICE,
  DEMO_PROVIDERS,
  DEMO_REFERRING_PROVIDERS,
  DEMO_RENDERING_PROVIDERS,
  demoFeeSchedule,
} from './demo-organization.ts';
import type {
  DemoFacilityInput,
  DemoFacilityKey,
  DemoFeeScheduleInput,
  DemoPayerInput,
  DemoPayerKey,
  DemoPracticeInput,
  DemoProviderInput,
  DemoProviderKey,
} from './demo-organization.ts';
import { DEMO_HOSPITAL, DEMO_HOSPITAL_KEY, scheduleFacilityBills } from './demo-hospital.ts';
import type { DemoFacilityBillInput } from './demo-hospital.ts';
import { buildPatients } from './demo-people.ts';
import type { DemoRegistrationInput } from './demo-people.ts';
import { seededRandom } from './seeded-random.ts';

export type { DemoEncounterInput } from './demo-encounters.ts';
export type {
  DemoFacilityInput,
  DemoFacilityKey,
  DemoFeeScheduleInput,
  DemoPayerInput,
  DemoPayerKey,
  DemoPracticeInput,
  DemoProviderInput,
  DemoProviderKey,
} from './demo-organization.ts';
export type { DemoRegistrationInput } from './demo-people.ts';
export type { DemoFacilityBillInput } from './demo-hospital.ts';

export interface DemoPracticeOptions {
  /** Same seed, same practice. Default 1. */
  seed?: number;
  /** Default 50. */
  patients?: number;
  /** Default 200. */
  encounters?: number;
  /**
   * `YYYY-MM-DD`: encounters fall on weekdays of the four months up to and including this day,
   * never after it (the loader passes today).
   */
  lastServiceDate: string;
}

/**
 * The symbolic keys a demo practice uses for records that get their ids only when loaded.
 * Each reference is written as a string where the API expects an id:
 *
 * - `'practice'` — the practice (encounter `practiceId`, rendering provider `practiceId`);
 * - `'practice:hospital'` — the hospital (facility bill `practiceId`, its physicians' `practiceId`);
 * - `` `provider:${key}` `` — a provider (encounter `renderingProviderId`, `referringProviderId`);
 * - `` `facility:${key}` `` — a facility (encounter `facilityId`);
 * - `` `payer:${key}` `` — a payer (coverage `payerId`).
 */
export const DEMO_KEYS = {
  practice: 'practice',
  hospital: DEMO_HOSPITAL_KEY,
  providers: [...DEMO_RENDERING_PROVIDERS, ...DEMO_REFERRING_PROVIDERS, ...DEMO_HOSPITAL_PROVIDERS],
  facilities: DEMO_FACILITIES,
  payers: DEMO_PAYERS,
} as const;

/** A placeholder reference, resolved by the loader to the id of the record it names. */
export type DemoReference =
  | 'practice'
  | typeof DEMO_HOSPITAL_KEY
  | `provider:${DemoProviderKey}`
  | `facility:${DemoFacilityKey}`
  | `payer:${DemoPayerKey}`;

/** Every reference a demo practice can contain: the loader must map each to an id. */
export function demoReferences(): DemoReference[] {
  return [
    DEMO_KEYS.practice,
    DEMO_KEYS.hospital,
    ...DEMO_KEYS.providers.map((key): DemoReference => `provider:${key}`),
    ...DEMO_KEYS.facilities.map((key): DemoReference => `facility:${key}`),
    ...DEMO_KEYS.payers.map((key): DemoReference => `payer:${key}`),
  ];
}

/**
 * A believable family-medicine group in Springfield, Illinois, as the raw JSON bodies a client
 * would POST to the API (strings for dates, money and codes), ready to load into an empty
 * database.
 *
 * Records are created in this order: practice, hospital, facilities, payers, providers (rendering
 * providers name the practice or the hospital), fee schedule, then each patient's registration,
 * encounters and facility bills (the hospital's UB-04s). Ids that do not exist yet are written as
 * placeholders (see {@link DEMO_KEYS}): `'practice'`, `'practice:hospital'`,
 * `'provider:dr-okafor'`, `'facility:cedar-ridge'`, `'payer:medicare'`. Replace every string
 * equal to a placeholder with the created record's id, and set each encounter's and facility
 * bill's `patientId` (left `''`) to the id of the patient it is listed under. The `key` fields sit beside
 * the inputs, so each `input` is a valid API body once its references are resolved.
 */
export interface DemoPractice {
  practice: DemoPracticeInput;
  /** The community hospital, billing facility of the facility bills. */
  hospital: DemoPracticeInput;
  providers: { key: DemoProviderKey; role: 'rendering' | 'referring'; input: DemoProviderInput }[];
  facilities: { key: DemoFacilityKey; input: DemoFacilityInput }[];
  payers: { key: DemoPayerKey; input: DemoPayerInput }[];
  feeSchedule: DemoFeeScheduleInput;
  /** Patients in registration order, each with its encounters in date order. */
  patients: {
    key: string;
    registration: DemoRegistrationInput;
    encounters: DemoEncounterInput[];
    facilityBills: DemoFacilityBillInput[];
  }[];
}

const DEFAULT_SEED = 1;

/**
 * Builds the demo practice: pure and deterministic (same options, deep-equal result), with no
 * clock and no I/O.
 *
 * @throws RangeError when `lastServiceDate` is not a `YYYY-MM-DD` date, when a count is not a
 *   whole number from 0 (encounters) or 1 (patients), or when the encounters do not fit.
 * @example
 * ```ts
 * const demo = buildDemoPractice({ lastServiceDate: '2026-03-13', seed: 7 });
 * demo.patients.length; // 50
 * ```
 */
export function buildDemoPractice(options: DemoPracticeOptions): DemoPractice {
  const lastServiceDate = isoDate(options.lastServiceDate);
  const patientCount = wholeNumber(options.patients ?? 50, 'patients', 1);
  const encounterCount = wholeNumber(options.encounters ?? 200, 'encounters', 0);
  const seed = options.seed ?? DEFAULT_SEED;
  // Two streams, so the same patients come back whatever the number of encounters.
  const patients = buildPatients(seededRandom(seed), patientCount, lastServiceDate);
  const encounters = scheduleEncounters(
    seededRandom(seed ^ 0x5bd1e995),
    patients,
    encounterCount,
    lastServiceDate,
  );
  const facilityBills = scheduleFacilityBills(patients, lastServiceDate);
  const feeYear = Number(demoPeriodStart(lastServiceDate).slice(0, 4)) - 1;
  return {
    practice: structuredClone(DEMO_PRACTICE),
    hospital: structuredClone(DEMO_HOSPITAL),
    providers: DEMO_PROVIDERS.map(({ key, input }) => ({
      key,
      role: input.practiceId === undefined ? 'referring' : 'rendering',
      input: structuredClone(input),
    })),
    facilities: DEMO_FACILITY_INPUTS.map(({ key, input }) => ({
      key,
      input: structuredClone(input),
    })),
    payers: DEMO_PAYER_INPUTS.map(({ key, input }) => ({ key, input: structuredClone(input) })),
    feeSchedule: demoFeeSchedule(`${feeYear}-01-01`),
    patients: patients.map((patient, index) => ({
      key: patient.key,
      registration: structuredClone(patient.registration),
      encounters: encounters[index] ?? [],
      facilityBills: facilityBills.get(index) ?? [],
    })),
  };
}

function wholeNumber(value: number, name: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  }
  return value;
}
