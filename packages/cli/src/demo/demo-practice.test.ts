import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import {
  addDays,
  addMonths,
  encounterInput,
  facilityBillInput,
  facilityInput,
  feeScheduleInput,
  isoDate,
  payerInput,
  practiceInput,
  providerInput,
  registrationInput,
} from '@medbill/core';
import { DEMO_KEYS, buildDemoPractice, demoReferences } from './demo-practice.ts';
import type { DemoEncounterInput, DemoPractice } from './demo-practice.ts';

const LAST = '2026-03-13';
/** Days the clinic is closed in the sampled periods (observed federal holidays). */
// prettier-ignore
const HOLIDAYS = ['2025-05-26', '2025-07-04', '2025-09-01', '2025-11-27', '2025-11-28', '2025-12-25', '2026-01-01', '2026-05-25'];
const demo = buildDemoPractice({ lastServiceDate: LAST, seed: 42 });

/** Fake ids for every placeholder, replaced the way the loader does (every equal string). */
const ids = new Map(
  demoReferences().map((ref, i) => [
    ref as string,
    `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  ]),
);
const PATIENT_ID = '00000000-0000-4000-8000-999999999999';

function resolve(value: unknown): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map(resolve);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  return value;
}

/** The schema's issues as `path: message` lines, so a failure says where. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(resolve(value));
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const encounters = (practice: DemoPractice): DemoEncounterInput[] =>
  practice.patients.flatMap((p) => p.encounters);
const allEncounters = encounters(demo);
/** NPI check digit, written independently of core: Luhn over 80840 + the 10 digits. */
function isLuhnNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false;
  const digits = `80840${npi}`;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

/** Winter and summer periods and several seeds, so every kind of visit shows up somewhere. */
const SAMPLES: [name: string, practice: DemoPractice, lastServiceDate: string][] = [
  ['seed 42, winter', demo, LAST],
  ...[1, 2, 3, 4, 5, 6].map((seed): [string, DemoPractice, string] => [
    `seed ${seed}, summer`,
    buildDemoPractice({ lastServiceDate: '2025-08-29', seed }),
    '2025-08-29',
  ]),
  ...[7, 8, 9].map((seed): [string, DemoPractice, string] => [
    `seed ${seed}, spring, 120 patients`,
    buildDemoPractice({ lastServiceDate: '2026-05-15', seed, patients: 120, encounters: 500 }),
    '2026-05-15',
  ]),
];

function schemaIssues(practice: DemoPractice): string[] {
  const found: string[] = [];
  const check = (schema: z.ZodType, value: unknown, what: string) =>
    found.push(...issues(schema, value).map((i) => `${what} ${i}`));
  check(practiceInput, practice.practice, 'practice');
  check(practiceInput, practice.hospital, 'hospital');
  for (const p of practice.providers) check(providerInput, p.input, p.key);
  for (const f of practice.facilities) check(facilityInput, f.input, f.key);
  for (const p of practice.payers) check(payerInput, p.input, p.key);
  check(feeScheduleInput, practice.feeSchedule, 'fee schedule');
  for (const patient of practice.patients) {
    check(registrationInput, patient.registration, patient.key);
    patient.encounters.forEach((e, i) =>
      check(encounterInput, { ...e, patientId: PATIENT_ID }, `${patient.key} encounter ${i + 1}`),
    );
    patient.facilityBills.forEach((b, i) =>
      check(facilityBillInput, { ...b, patientId: PATIENT_ID }, `${patient.key} bill ${i + 1}`),
    );
  }
  return found;
}

describe('buildDemoPractice', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(SAMPLES)('produces API bodies that pass their zod schemas (%s)', (_, practice) => {
    expect(schemaIssues(practice)).toEqual([]);
  });

  it('gives every NPI a valid check digit, each NPI once', () => {
    const npis = [
      demo.practice.npi,
      demo.hospital.npi,
      ...demo.providers.map((p) => p.input.npi),
      ...demo.facilities.flatMap((f) => (f.input.npi ? [f.input.npi] : [])),
    ];
    expect(npis.filter((npi) => !isLuhnNpi(npi))).toEqual([]);
    expect(new Set(npis).size).toBe(npis.length);
  });

  it('makes as many patients and encounters as asked', () => {
    expect(demo.patients).toHaveLength(50);
    expect(allEncounters).toHaveLength(200);
    const small = buildDemoPractice({ lastServiceDate: LAST, patients: 7, encounters: 23 });
    expect(small.patients).toHaveLength(7);
    expect(encounters(small)).toHaveLength(23);
    expect(encounters(buildDemoPractice({ lastServiceDate: LAST, encounters: 0 }))).toEqual([]);
    expect(() => buildDemoPractice({ lastServiceDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => buildDemoPractice({ lastServiceDate: LAST, patients: 0 })).toThrow(RangeError);
  });

  it.each(SAMPLES)(
    'dates every encounter on a weekday of the 4 months to the last date (%s)',
    (_, practice, last) => {
      const first = addDays(addMonths(isoDate(last), -4), 1);
      for (const patient of practice.patients) {
        const born = isoDate(patient.registration.patient.dateOfBirth);
        for (const e of patient.encounters) {
          const date = e.serviceDateFrom;
          expect(date <= last && date >= first && date > born, `${patient.key} ${date}`).toBe(true);
          expect([0, 6], `${date} is a weekend`).not.toContain(
            new Date(`${date}T12:00:00Z`).getUTCDay(),
          );
          expect(HOLIDAYS, `${date} is a holiday`).not.toContain(date);
        }
        const dates = patient.encounters.map((e) => e.serviceDateFrom);
        expect(dates, patient.key).toEqual([...new Set(dates)].sort());
      }
      expect(practice.feeSchedule.effectiveFrom < first).toBe(true);
    },
  );

  it.each(SAMPLES)(
    'covers every insured patient on every date by one primary coverage (%s)',
    (_, practice) => {
      for (const { key, registration, encounters: visits } of practice.patients) {
        const coverages = registration.coverages ?? [];
        if (coverages.length === 0) continue; // self-pay
        for (const e of visits) {
          const inForce = coverages.filter(
            (c) =>
              c.order === 'primary' &&
              c.effectiveFrom <= e.serviceDateFrom &&
              (c.effectiveTo ?? '9999-12-31') >= e.serviceDateFrom,
          );
          expect(inForce, `${key} ${e.serviceDateFrom}`).toHaveLength(1);
        }
      }
    },
  );

  it('uses only placeholders that name generated records', () => {
    const references = new Set<string>();
    const walk = (value: unknown): void => {
      if (typeof value === 'string' && /^(practice(:|$)|provider:|facility:|payer:)/.test(value))
        references.add(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(demo);
    expect([...references].filter((ref) => !ids.has(ref))).toEqual([]);
    expect(demo.providers.map((p) => p.key)).toEqual([...DEMO_KEYS.providers]);
    expect(demo.facilities.map((f) => f.key)).toEqual([...DEMO_KEYS.facilities]);
    expect(demo.payers.map((p) => p.key)).toEqual([...DEMO_KEYS.payers]);
    expect(
      demo.providers
        .filter((p) => p.role === 'referring')
        .every((p) => p.input.practiceId === undefined),
    ).toBe(true);
    expect(allEncounters.every((e) => e.patientId === '' && e.practiceId === 'practice')).toBe(
      true,
    );
  });

  it.each(SAMPLES)(
    'prices every line without a charge from the fee schedule (%s)',
    (_, practice) => {
      const priced = new Set((practice.feeSchedule.entries ?? []).map((e) => e.procedureCode));
      const unpriced = encounters(practice).flatMap((e) =>
        (e.lines ?? []).filter((l) => l.charge === undefined && !priced.has(l.procedureCode)),
      );
      expect(unpriced).toEqual([]);
    },
  );

  it.each(SAMPLES)(
    "bills the hospital's inpatient stay and emergency visit for insured adults (%s)",
    (_, practice, last) => {
      const billed = practice.patients.flatMap((p) =>
        p.facilityBills.map((bill) => ({ bill, registration: p.registration })),
      );
      expect(billed.map((b) => b.bill.facilityType).sort()).toEqual(['11', '13']);
      for (const { bill, registration } of billed) {
        const from = bill.statementFrom;
        const to = bill.statementTo;
        expect(from <= to && to <= last && registration.patient.dateOfBirth < from).toBe(true);
        const primary = (registration.coverages ?? []).filter(
          (c) =>
            c.order === 'primary' && c.effectiveFrom <= from && (c.effectiveTo ?? '9999') >= to,
        );
        expect(primary.map((c) => c.payerId)).toEqual([
          expect.stringMatching(/^payer:(commercial|medicaid)$/),
        ]);
        expect(bill.practiceId).toBe(DEMO_KEYS.hospital);
      }
      const stay = billed.find((b) => b.bill.facilityType === '11')?.bill;
      const nights =
        (Date.parse(stay?.statementTo ?? '') - Date.parse(stay?.statementFrom ?? '')) / 86_400_000;
      const room = stay?.lines.find((l) => l.revenueCode === '0120');
      expect(room).toMatchObject({ unitBasis: 'DA', units: nights });
      expect(stay?.principalDiagnosis.presentOnAdmission).toBe('Y');
      expect(stay?.operatingProviderId).toBe('provider:dr-nakamura');
    },
  );

  it('is deterministic, and never reads the clock or Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    expect(buildDemoPractice({ lastServiceDate: LAST, seed: 42 })).toEqual(demo);
    expect(buildDemoPractice({ lastServiceDate: LAST, seed: 43 })).not.toEqual(demo);
    // Patients come from their own stream: the same people whatever the number of encounters.
    const fewer = buildDemoPractice({ lastServiceDate: LAST, seed: 42, encounters: 20 });
    expect(fewer.patients.map((p) => p.registration)).toEqual(
      demo.patients.map((p) => p.registration),
    );
  });
});
