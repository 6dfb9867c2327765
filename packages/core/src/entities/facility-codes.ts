/**
 * The NUBC codes a facility bill reports beside its diagnoses: condition codes (UB-04 FL 18-28),
 * occurrence codes with their dates (FL 31-34) and value codes with their amounts (FL 39-41).
 */
import { z } from 'zod';
import { isoDateField, moneyField } from './fields.ts';

/**
 * The 837I carries 24 of each (two HI BG, BH, BE); the UB-04 prints 11 condition codes, 8
 * occurrences and 12 value codes.
 */
export const MAX_CONDITION_CODES = 24;
export const MAX_OCCURRENCES = 24;
export const MAX_VALUE_CODES = 24;

const nubcCode = (kind: string, example: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-Z]{2}$/, `expected a two-character NUBC ${kind} code such as ${example}`);

/**
 * Condition codes (FL 18-28; 837I HI BG), each once, e.g. 44 inpatient changed to outpatient,
 * 07 treatment of non-terminal condition for hospice patient.
 */
export const conditionCodesField = z
  .array(nubcCode('condition', '44'))
  .max(MAX_CONDITION_CODES, 'an 837I claim carries at most 24 condition codes')
  .superRefine((codes, ctx) =>
    codes.forEach((code, index) => {
      const first = codes.indexOf(code);
      if (first !== index)
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `condition code ${code} is already listed as condition code ${first + 1}`,
        });
    }),
  );

/**
 * An occurrence code and its date (FL 31-34; 837I HI BH), e.g. 01 auto accident, 04 accident
 * at work, 05 other accident, 11 onset of symptoms.
 */
export const occurrenceInput = z.object({
  code: nubcCode('occurrence', '01'),
  date: isoDateField,
});

export const occurrencesField = z
  .array(occurrenceInput)
  .max(MAX_OCCURRENCES, 'an 837I claim carries at most 24 occurrence codes');

/**
 * A value code and its amount (FL 39-41; 837I HI BE), e.g. A1 deductible, A2 coinsurance, 80
 * covered days (a count is entered as dollars: 3 days is 3.00, sent as 3).
 */
export const valueCodeInput = z.object({
  code: nubcCode('value', 'A1'),
  amount: moneyField.refine((c) => c >= 0, 'a value code amount cannot be negative'),
});

export const valueCodesField = z
  .array(valueCodeInput)
  .max(MAX_VALUE_CODES, 'an 837I claim carries at most 24 value codes');
