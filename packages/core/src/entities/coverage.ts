import { z } from 'zod';
import { compareIsoDate } from '../dates/index.ts';
import type { IsoDate } from '../dates/index.ts';
import { COVERAGE_ORDERS, RELATIONSHIP_CODES } from '../identifiers/index.ts';
import { MEDICARE_SECONDARY_TYPE_CODES } from '../claims/medicare-secondary.ts';
import type { MedicareSecondaryType } from '../claims/medicare-secondary.ts';
import { isoDateField, optionalText, uuidField } from './fields.ts';
import { personSchema } from './person.ts';

/**
 * A patient's insurance with one payer. `relationship` is the patient's relationship to the
 * subscriber (837 SBR02 / PAT01): 18 means the patient is the subscriber and no subscriber is
 * given; any other code requires the subscriber's demographics (loop 2010BA).
 */
export const coverageInput = z
  .object({
    payerId: uuidField,
    order: z.enum(COVERAGE_ORDERS),
    memberId: z
      .string()
      .trim()
      .regex(/^[0-9A-Z-]{2,80}$/i, 'expected the member ID from the insurance card')
      .transform((id) => id.toUpperCase()),
    groupNumber: optionalText(50),
    planName: optionalText(60),
    relationship: z.enum(RELATIONSHIP_CODES),
    subscriber: personSchema.optional(),
    effectiveFrom: isoDateField,
    effectiveTo: isoDateField.optional(),
    /** When Medicare is this coverage's payer and pays second: why (2000B SBR05 MSP type). */
    medicareSecondaryType: z
      .enum(MEDICARE_SECONDARY_TYPE_CODES as [MedicareSecondaryType, ...MedicareSecondaryType[]])
      .optional(),
  })
  .superRefine((coverage, ctx) => {
    if (coverage.relationship === '18' && coverage.subscriber) {
      ctx.addIssue({
        code: 'custom',
        path: ['subscriber'],
        message: 'relationship 18 (self) means the patient is the subscriber: leave subscriber out',
      });
    }
    if (coverage.relationship !== '18' && !coverage.subscriber) {
      ctx.addIssue({
        code: 'custom',
        path: ['subscriber'],
        message: `relationship ${coverage.relationship} needs the subscriber's name, birth date, sex and address`,
      });
    }
    if (coverage.effectiveTo && compareIsoDate(coverage.effectiveTo, coverage.effectiveFrom) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveTo'],
        message: `ends (${coverage.effectiveTo}) before it starts (${coverage.effectiveFrom})`,
      });
    }
  });

export type CoverageInput = z.output<typeof coverageInput>;
export type Coverage = CoverageInput & { readonly id: string; readonly patientId: string };

/**
 * A patient has at most one coverage per order (primary, secondary, tertiary) in force on any
 * date. Returns the existing coverage the candidate would overlap, if any.
 */
export function findOverlappingCoverage(
  existing: readonly Coverage[],
  candidate: Pick<CoverageInput, 'order' | 'effectiveFrom' | 'effectiveTo'>,
  ignoreId?: string,
): Coverage | undefined {
  const end = (c: Pick<CoverageInput, 'effectiveTo'>) => c.effectiveTo ?? ('9999-12-31' as IsoDate);
  return existing.find(
    (c) =>
      c.id !== ignoreId &&
      c.order === candidate.order &&
      compareIsoDate(c.effectiveFrom, end(candidate)) <= 0 &&
      compareIsoDate(candidate.effectiveFrom, end(c)) <= 0,
  );
}
