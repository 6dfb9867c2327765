import { z } from 'zod';
import { addressSchema, nameText, npiField, placeOfServiceField } from './fields.ts';

/** Where care was given when it is not the billing provider's address (837 loop 2310C/2310E). */
export const facilityInput = z.object({
  name: nameText(60),
  npi: npiField.optional(),
  address: addressSchema,
  placeOfService: placeOfServiceField.optional(),
});

export type FacilityInput = z.output<typeof facilityInput>;
export type Facility = FacilityInput & { readonly id: string };
