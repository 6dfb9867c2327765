import { z } from 'zod';
import { parseTin } from '../identifiers/index.ts';

/**
 * Tax identification number as entered: `{ kind: 'EIN', number: '12-3456789' }`.
 * Stored as nine digits; the 837 REF*EI / REF*SY qualifier follows the kind.
 */
export const tinSchema = z
  .object({
    kind: z.enum(['EIN', 'SSN']),
    number: z.string().meta({ examples: ['12-3456789'] }),
  })
  .transform((input, ctx) => {
    const result = parseTin(input.number, input.kind);
    if (!result.ok) {
      ctx.addIssue({
        code: 'custom',
        message: result.error,
        path: ['number'],
        input: input.number,
        params: { rule: 'tin' },
      });
      return z.NEVER;
    }
    return result.value;
  });

export type TinValue = z.output<typeof tinSchema>;
