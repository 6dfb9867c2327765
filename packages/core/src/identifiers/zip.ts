import { parseFailure, parseOk, quoteInput, type ParseResult } from './parse-result.ts';

const ZIP_SHAPE = /^(\d{5})(?:-?(\d{4}))?$/;

/**
 * Reads a US ZIP Code: `12345`, ZIP+4 `12345-6789`, or `123456789`. Returns the digits alone,
 * 5 or 9 of them, as the 837 N403 carries them. Surrounding spaces are ignored. Only the shape
 * is checked, not whether USPS has issued the code.
 *
 * The 837 billing provider address (005010X222A1 loop 2010AA N403) must be the full nine-digit
 * ZIP; see {@link isZip9}.
 *
 * @example
 * ```ts
 * parseZip('62701-1234'); // { ok: true, value: '627011234' }
 * ```
 */
export function parseZip(text: string): ParseResult<string> {
  const match = ZIP_SHAPE.exec(text.trim());
  if (match === null) {
    return parseFailure(`expected a ZIP code like 62701 or 62701-1234, got ${quoteInput(text)}`);
  }
  return parseOk(`${match[1] ?? ''}${match[2] ?? ''}`);
}

/**
 * Whether `text` is a ZIP+4 (nine digits, hyphenated or not), as the 837 requires for the
 * billing provider (2010AA N403) and service facility (2310C N403) addresses.
 */
export function isZip9(text: string): boolean {
  const result = parseZip(text);
  return result.ok && result.value.length === 9;
}

/**
 * Writes a ZIP for people: `627011234` → `62701-1234`, `62701` unchanged. Text that is not a
 * ZIP is returned as given, so a display never fails.
 */
export function formatZip(zip: string): string {
  const result = parseZip(zip);
  if (!result.ok) return zip;
  const digits = result.value;
  return digits.length === 9 ? `${digits.slice(0, 5)}-${digits.slice(5)}` : digits;
}
