import { isOneOf } from './literal-union.ts';
import { parseFailure, parseOk, quoteInput, type ParseResult } from './parse-result.ts';

/**
 * Reads a National Drug Code as printed on the package and returns the 11-digit 5-4-2 form
 * without hyphens, as the 837 carries it (005010X222A1 2410 LIN03 with LIN02 = N4).
 *
 * FDA assigns 10-digit NDCs in three segment shapes — labeler, product, package: 4-4-2, 5-3-2
 * and 5-4-1. Billing pads the short segment with a leading zero to reach 5-4-2:
 * `0002-7510-01` → `00002751001`, `50242-040-62` → `50242004062`, `60505-2519-1` →
 * `60505251901`. An 11-digit NDC is accepted as 5-4-2 with or without hyphens. Ten digits
 * without hyphens are refused: nothing says which segment to pad.
 *
 * @example
 * ```ts
 * parseNdc('0002-7510-01'); // { ok: true, value: '00002751001' }
 * ```
 */
export function parseNdc(text: string): ParseResult<string> {
  const ndc = text.trim();
  if (/^\d{11}$/.test(ndc)) return parseOk(ndc);
  const segments = /^(\d+)-(\d+)-(\d+)$/.exec(ndc);
  if (segments === null) {
    const problem = /^\d{10}$/.test(ndc)
      ? 'with hyphens, so the segment to pad is known (4-4-2, 5-3-2 or 5-4-1)'
      : 'like 0002-7510-01 or 00002-7510-01';
    return parseFailure(`expected an NDC ${problem}, got ${quoteInput(text)}`);
  }
  const [, labeler = '', product = '', packageCode = ''] = segments;
  const shape = `${labeler.length}-${product.length}-${packageCode.length}`;
  switch (shape) {
    case '5-4-2':
    case '4-4-2':
    case '5-3-2':
    case '5-4-1':
      return parseOk(
        `${labeler.padStart(5, '0')}${product.padStart(4, '0')}${packageCode.padStart(2, '0')}`,
      );
    default:
      return parseFailure(
        `expected NDC segments of 4-4-2, 5-3-2, 5-4-1 or 5-4-2 digits, got ${quoteInput(text)}`,
      );
  }
}

/**
 * Writes an NDC as 5-4-2 with hyphens: `00002751001` → `00002-7510-01`. Text that is not an
 * NDC is returned as given.
 */
export function formatNdc(ndc: string): string {
  const result = parseNdc(ndc);
  if (!result.ok) return ndc;
  const digits = result.value;
  return `${digits.slice(0, 5)}-${digits.slice(5, 9)}-${digits.slice(9)}`;
}

/**
 * Units of measure for an NDC quantity (005010X222A1 2410 CTP05-1, Unit or Basis for
 * Measurement Code).
 */
export const NDC_UNITS = ['F2', 'GR', 'ME', 'ML', 'UN'] as const;

/** A unit of measure for an NDC quantity, from {@link NDC_UNITS}. */
export type NdcUnit = (typeof NDC_UNITS)[number];

/** What each NDC unit code means. */
export const NDC_UNIT_LABELS: Readonly<Record<NdcUnit, string>> = {
  F2: 'International Unit',
  GR: 'Gram',
  ME: 'Milligram',
  ML: 'Milliliter',
  UN: 'Unit',
};

/** Whether `text` is exactly one of {@link NDC_UNITS}. */
export function isNdcUnit(text: string): text is NdcUnit {
  return isOneOf(NDC_UNITS, text);
}
