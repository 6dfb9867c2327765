import { z } from 'zod';
import { nameText, npiField, optionalText, taxonomyField, uuidField } from './fields.ts';

/**
 * An individual clinician. The same person can render, refer or supervise; the role is
 * chosen on each encounter. Referring providers from outside the practice have no practiceId.
 */
export const providerInput = z.object({
  practiceId: uuidField.optional(),
  lastName: nameText(60),
  firstName: nameText(35),
  middleName: optionalText(25),
  suffix: optionalText(10),
  credential: optionalText(10),
  npi: npiField,
  taxonomy: taxonomyField.optional(),
});

export type ProviderInput = z.output<typeof providerInput>;
export type Provider = ProviderInput & { readonly id: string };
