import { z } from 'zod';
import { CLAIM_FILING_INDICATORS } from '../identifiers/index.ts';
import { addressSchema, nameText, uuidField } from './fields.ts';

/**
 * An insurance payer as the receiver of claims (837 loop 2010BB): the payer ID is the
 * identifier the clearinghouse routes on (NM109 with qualifier PI).
 */
export const payerInput = z.object({
  name: nameText(60),
  payerId: z
    .string()
    .trim()
    .regex(
      /^[0-9A-Z]{2,80}$/i,
      'expected the payer ID your clearinghouse lists, letters and digits only',
    )
    .transform((id) => id.toUpperCase()),
  claimFilingIndicator: z.enum(CLAIM_FILING_INDICATORS),
  timelyFilingDays: z.number().int().min(1).max(3650).default(365),
  claimForm: z.enum(['electronic', 'paper']).default('electronic'),
  address: addressSchema.optional(),
  /** Days the payer has to answer a sent claim before it goes to the follow-up worklist (30). */
  followUpDays: z.number().int().min(1).max(365).optional(),
  /** The receiver (clearinghouse) the payer's claims are sent through; absent: direct. */
  receiverId: uuidField.optional(),
});

export type PayerInput = z.output<typeof payerInput>;
export type Payer = PayerInput & { readonly id: string };
