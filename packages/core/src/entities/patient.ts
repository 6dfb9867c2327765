import { z } from 'zod';
import { optionalText } from './fields.ts';
import { personSchema } from './person.ts';

/**
 * A patient. The account number is the practice's own identifier and becomes the patient
 * control number (CLM01) prefix; one is assigned when none is given.
 */
export const patientInput = personSchema.extend({
  accountNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Z-]{1,20}$/i, 'expected up to 20 letters, digits or hyphens')
    .transform((text) => text.toUpperCase())
    .optional(),
  email: z.email().optional(),
  notes: optionalText(2000),
});

export type PatientInput = z.output<typeof patientInput>;
export type Patient = Omit<PatientInput, 'accountNumber'> & {
  readonly id: string;
  readonly accountNumber: string;
};
