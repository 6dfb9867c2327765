import { z } from 'zod';
import { addressSchema, nameText, npiField, phoneField, taxonomyField } from './fields.ts';
import { tinSchema } from './tin.ts';

/**
 * A practice as the billing provider of its claims (837 loop 2010AA).
 * TR3 005010X222A1 2010AA N403: the billing provider's ZIP code must be nine digits.
 */
export const practiceInput = z
  .object({
    name: nameText(60),
    npi: npiField,
    tin: tinSchema,
    taxonomy: taxonomyField,
    address: addressSchema,
    payToAddress: addressSchema.optional(),
    phone: phoneField.optional(),
  })
  .superRefine((practice, ctx) => {
    if (practice.address.zip.length !== 9) {
      ctx.addIssue({
        code: 'custom',
        path: ['address', 'zip'],
        message: 'the billing provider address needs a 9-digit ZIP+4 (837 loop 2010AA N403)',
      });
    }
  });

export type PracticeInput = z.output<typeof practiceInput>;
export type Practice = PracticeInput & { readonly id: string };
