import { z } from 'zod';
import { nameText, addressSchema, phoneField, isoDateField } from './fields.ts';

export const GUARANTOR_RELATIONSHIPS = ['self', 'parent', 'spouse', 'guardian', 'other'] as const;
export type GuarantorRelationship = (typeof GUARANTOR_RELATIONSHIPS)[number];

/**
 * The person who receives the statement for a patient's balance. `self` means the patient
 * is their own guarantor and carries no other fields; anyone else is named in full.
 */
export const guarantorInput = z.discriminatedUnion('relationship', [
  z.object({ relationship: z.literal('self') }),
  z.object({
    relationship: z.enum(['parent', 'spouse', 'guardian', 'other']),
    lastName: nameText(60),
    firstName: nameText(35),
    dateOfBirth: isoDateField.optional(),
    address: addressSchema,
    phone: phoneField.optional(),
  }),
]);

export type GuarantorInput = z.output<typeof guarantorInput>;
