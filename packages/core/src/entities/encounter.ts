import { z } from 'zod';
import { compareIsoDate } from '../dates/index.ts';
import type { IsoDate } from '../dates/index.ts';
import type { Problem } from '../errors.ts';
import type { Cents } from '../money/index.ts';
import { ZERO_CENTS, applyRate } from '../money/index.ts';
import { feeFor } from './fee-schedule.ts';
import type { FeeSchedule } from './fee-schedule.ts';
import { NDC_UNITS } from '../identifiers/index.ts';
import { claimConditionsInput } from './claim-conditions.ts';
import {
  icd10cmField,
  isoDateField,
  modifierField,
  moneyField,
  ndcField,
  placeOfServiceField,
  procedureCodeField,
  uuidField,
} from './fields.ts';

/** ICD-10-CM allows 12 diagnoses on an 837P claim (HI) and 4 pointers per line (SV107). */
export const MAX_DIAGNOSES = 12;
export const MAX_POINTERS = 4;
export const MAX_MODIFIERS = 4;

const unitsField = z
  .number()
  .positive('units must be more than zero')
  .max(99_999, 'units above 99999 do not fit SV104')
  .refine((u) => /^\d+(\.\d{1,3})?$/.test(String(u)), 'units allow at most three decimals');

export const serviceLineInput = z.object({
  procedureCode: procedureCodeField,
  modifiers: z
    .array(modifierField)
    .max(MAX_MODIFIERS, 'a line carries at most 4 modifiers')
    .default([]),
  units: unitsField.default(1),
  /** Leave out to take the fee schedule's amount for the code on the date of service. */
  charge: moneyField.refine((c) => c >= 0, 'a charge cannot be negative').optional(),
  diagnosisPointers: z
    .array(z.number().int().min(1).max(MAX_DIAGNOSES))
    .min(1, 'point the line at the diagnosis it treats')
    .max(MAX_POINTERS, 'a line points at no more than 4 diagnoses'),
  serviceDate: isoDateField.optional(),
  ndc: z
    .object({
      code: ndcField,
      quantity: z.number().positive().max(9_999_999),
      unit: z.enum(NDC_UNITS),
    })
    .optional(),
});

const CONDITION_DATES = [
  ['accidentDate', 'accident date'],
  ['onsetDate', 'onset of the current illness'],
  ['initialTreatmentDate', 'initial treatment date'],
] as const;

/**
 * One visit or service period: who saw the patient, where, when, what was documented, and
 * how it was coded. Diagnoses are ordered; position 1 is the first-listed diagnosis.
 */
export const encounterInput = z
  .object({
    patientId: uuidField,
    practiceId: uuidField,
    renderingProviderId: uuidField,
    referringProviderId: uuidField.optional(),
    supervisingProviderId: uuidField.optional(),
    facilityId: uuidField.optional(),
    placeOfService: placeOfServiceField,
    serviceDateFrom: isoDateField,
    serviceDateTo: isoDateField.optional(),
    documentation: z.string().max(200_000).default(''),
    diagnoses: z
      .array(icd10cmField)
      .max(MAX_DIAGNOSES, 'an 837P claim carries at most 12 diagnoses')
      .default([]),
    lines: z.array(serviceLineInput).max(200).default([]),
    /** Accident, employment and onset facts (CMS-1500 boxes 10, 14, 15). */
    conditions: claimConditionsInput,
  })
  .superRefine((encounter, ctx) => {
    const to = encounter.serviceDateTo ?? encounter.serviceDateFrom;
    if (compareIsoDate(to, encounter.serviceDateFrom) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['serviceDateTo'],
        message: `service ends (${to}) before it starts (${encounter.serviceDateFrom})`,
      });
    }
    for (const [field, label] of CONDITION_DATES) {
      const date = encounter.conditions[field];
      if (date && compareIsoDate(date, to) > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['conditions', field],
          message: `the ${label} (${date}) is after the service (${to})`,
        });
    }
    const seen = new Map<string, number>();
    encounter.diagnoses.forEach((code, index) => {
      const first = seen.get(code);
      if (first === undefined) seen.set(code, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['diagnoses', index],
          message: `${code} is already diagnosis ${first + 1}`,
        });
    });
    encounter.lines.forEach((line, lineIndex) => {
      line.diagnosisPointers.forEach((pointer, pointerIndex) => {
        if (pointer > encounter.diagnoses.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', lineIndex, 'diagnosisPointers', pointerIndex],
            message: `points at diagnosis ${pointer} but the encounter has ${encounter.diagnoses.length}`,
          });
        }
      });
      if (new Set(line.diagnosisPointers).size !== line.diagnosisPointers.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', lineIndex, 'diagnosisPointers'],
          message: 'the same diagnosis is pointed at twice',
        });
      }
      const date = line.serviceDate;
      if (
        date &&
        (compareIsoDate(date, encounter.serviceDateFrom) < 0 || compareIsoDate(date, to) > 0)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', lineIndex, 'serviceDate'],
          message: `${date} is outside the encounter's dates (${encounter.serviceDateFrom} to ${to})`,
        });
      }
    });
  });

export type EncounterInput = z.output<typeof encounterInput>;
export type ServiceLineInput = z.output<typeof serviceLineInput>;

export const ENCOUNTER_STATUSES = ['open', 'coded', 'on_hold', 'billed'] as const;
export type EncounterStatus = (typeof ENCOUNTER_STATUSES)[number];

/** A service line once priced: its charge and date of service are always known. */
export type PricedLine = Omit<ServiceLineInput, 'charge' | 'serviceDate'> & {
  readonly charge: Cents;
  /** True when a person entered the charge instead of taking the fee schedule's. */
  readonly chargeEntered: boolean;
  readonly serviceDate: IsoDate;
};

export type PricedEncounter = Omit<EncounterInput, 'lines' | 'serviceDateTo'> & {
  readonly serviceDateTo: IsoDate;
  readonly lines: PricedLine[];
};

export type ServiceLine = PricedLine & { readonly id: string; readonly sequence: number };

export type Encounter = Omit<PricedEncounter, 'lines'> & {
  readonly id: string;
  readonly status: EncounterStatus;
  readonly lines: ServiceLine[];
};

/**
 * Prices an encounter's lines: a line without a charge takes the fee schedule's amount for its
 * code (and first modifier) on its date of service, times its units. A line that has no fee and
 * no charge is a problem for the biller to settle, never a zero charge.
 */
export function priceEncounter(
  encounter: EncounterInput,
  schedules: readonly Pick<FeeSchedule, 'effectiveFrom' | 'effectiveTo' | 'entries'>[],
): { ok: true; value: PricedEncounter } | { ok: false; problems: Problem[] } {
  const serviceDateTo = encounter.serviceDateTo ?? encounter.serviceDateFrom;
  const problems: Problem[] = [];
  const lines = encounter.lines.map((line, index): PricedLine => {
    const serviceDate = line.serviceDate ?? encounter.serviceDateFrom;
    const { charge: given, ...rest } = line;
    if (given !== undefined) return { ...rest, charge: given, chargeEntered: true, serviceDate };
    const fee = feeFor(schedules, line.procedureCode.code, line.modifiers, serviceDate);
    if (fee === undefined) {
      problems.push({
        path: `lines.${index}.charge`,
        code: 'no_fee',
        message: `no fee schedule prices ${line.procedureCode.code} on ${serviceDate}: enter the charge`,
      });
      return { ...rest, charge: ZERO_CENTS, chargeEntered: false, serviceDate };
    }
    return {
      ...rest,
      charge: applyRate(fee, String(line.units)),
      chargeEntered: false,
      serviceDate,
    };
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { ...encounter, serviceDateTo, lines } };
}
