import { z } from 'zod';
import type { ParseResult } from '../identifiers/index.ts';
import {
  isUsState,
  parseIcd10cm,
  parseModifier,
  parseNdc,
  parseNpi,
  parsePhone,
  parsePlaceOfService,
  parseProcedureCode,
  parseTaxonomy,
  parseZip,
} from '../identifiers/index.ts';
import { parseIsoDate } from '../dates/index.ts';
import { parseMoney } from '../money/index.ts';

/**
 * A zod string field that runs one of core's parsers, so that the API, the CLI and the
 * web app reject bad input with the parser's own message and keep its normalised value.
 * `rule` names the check in error responses; `example` feeds the OpenAPI document.
 */
export function parsedString<T>(
  rule: string,
  parse: (text: string) => ParseResult<T>,
  example: string,
) {
  return z
    .string()
    .transform((text, ctx) => {
      const result = parse(text);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.error, input: text, params: { rule } });
        return z.NEVER;
      }
      return result.value;
    })
    .meta({ examples: [example] });
}

export const isoDateField = parsedString('isoDate', parseIsoDate, '2025-03-14');
export const moneyField = parsedString('money', parseMoney, '125.00');
export const npiField = parsedString('npi', parseNpi, '1234567893');
export const zipField = parsedString('zip', parseZip, '62701-1234');
export const phoneField = parsedString('phone', parsePhone, '217-555-0100');
export const taxonomyField = parsedString('taxonomy', parseTaxonomy, '207Q00000X');
export const icd10cmField = parsedString('icd10cm', parseIcd10cm, 'E11.22');
export const procedureCodeField = parsedString('procedureCode', parseProcedureCode, '99213');
export const modifierField = parsedString('modifier', parseModifier, '25');
export const placeOfServiceField = parsedString('placeOfService', parsePlaceOfService, '11');
export const ndcField = parsedString('ndc', parseNdc, '00002-7510-01');

export const uuidField = z.uuid();

export const usStateField = z
  .string()
  .transform((text) => text.trim().toUpperCase())
  .refine(isUsState, { message: 'expected a two-letter USPS state code such as IL' });

/** Names as they go on a claim: the 837 NM1 allows 60 characters for a last name. */
export const nameText = (max: number) => z.string().trim().min(1, 'required').max(max);

export const optionalText = (max: number) => z.string().trim().max(max).optional();

export const addressSchema = z.object({
  line1: nameText(55),
  line2: optionalText(55),
  city: nameText(30),
  state: usStateField,
  zip: zipField,
});

export type Address = z.output<typeof addressSchema>;
