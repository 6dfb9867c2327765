import { z } from 'zod';
import { nameText } from './fields.ts';

/** The tenant: a billing company (or a practice billing for itself). */
export const organizationInput = z.object({
  name: nameText(60),
});

export type OrganizationInput = z.output<typeof organizationInput>;
export type Organization = OrganizationInput & { readonly id: string };
