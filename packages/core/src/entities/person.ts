import { z } from 'zod';
import { ADMINISTRATIVE_SEX } from '../identifiers/index.ts';
import { addressSchema, isoDateField, nameText, optionalText, phoneField } from './fields.ts';

/** Name, birth date and sex as the 837 NM1/DMG segments carry them. */
export const personSchema = z.object({
  lastName: nameText(60),
  firstName: nameText(35),
  middleName: optionalText(25),
  suffix: optionalText(10),
  dateOfBirth: isoDateField,
  sex: z.enum(ADMINISTRATIVE_SEX),
  address: addressSchema,
  phone: phoneField.optional(),
});

export type Person = z.output<typeof personSchema>;
