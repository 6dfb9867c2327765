import { parseFailure, parseOk, quoteInput, type ParseResult } from './parse-result.ts';

/**
 * The card issuer prefix an NPI is checked with: 80 (health applications) + 840 (United States).
 * Source: CMS, "Requirements for National Provider Identifier (NPI) and NPI Enumerator
 * Check Digit Application" (ISO/IEC 7812 card issuer identifier).
 */
const NPI_PREFIX = '80840';

/** Luhn "double-add-double" check digit of a string of digits. */
function luhnCheckDigit(digits: string): number {
  let sum = 0;
  let double = true; // the rightmost payload digit is doubled, the check digit is appended after it
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    const digit = digits.charCodeAt(index) - 48;
    const value = double ? digit * 2 : digit;
    sum += value > 9 ? value - 9 : value;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The check digit that completes an NPI: the Luhn mod-10 check digit computed over the prefix
 * 80840 followed by the first nine digits (CMS, "Requirements for NPI Check Digit"; equivalent
 * to adding the constant 24 to the Luhn sum of the nine digits alone).
 *
 * @example
 * ```ts
 * npiCheckDigit('123456789'); // { ok: true, value: 3 } — so 1234567893 is a valid NPI
 * ```
 */
export function npiCheckDigit(first9: string): ParseResult<number> {
  const digits = first9.trim();
  if (!/^\d{9}$/.test(digits)) {
    return parseFailure(`expected the first 9 digits of an NPI, got ${quoteInput(first9)}`);
  }
  return parseOk(luhnCheckDigit(`${NPI_PREFIX}${digits}`));
}

/**
 * Reads a National Provider Identifier: 10 digits whose last is the check digit of
 * {@link npiCheckDigit} (45 CFR 162.406; CMS, "Requirements for NPI Check Digit"). Surrounding
 * spaces are ignored. A passing check digit catches typos, not NPIs that were never issued:
 * only NPPES knows those.
 *
 * @example
 * ```ts
 * parseNpi(' 1245319599 '); // { ok: true, value: '1245319599' }
 * parseNpi('1245319598');   // { ok: false, error: 'expected a valid NPI, got "1245319598": … check digit …' }
 * ```
 */
export function parseNpi(text: string): ParseResult<string> {
  const npi = text.trim();
  if (!/^\d{10}$/.test(npi)) {
    return parseFailure(`expected a 10-digit NPI like 1234567893, got ${quoteInput(text)}`);
  }
  if (luhnCheckDigit(`${NPI_PREFIX}${npi.slice(0, 9)}`) !== Number(npi.slice(9))) {
    return parseFailure(
      `expected a valid NPI, got ${quoteInput(text)}: the check digit does not match, so a digit is probably mistyped`,
    );
  }
  return parseOk(npi);
}

/** Whether {@link parseNpi} accepts `text`. */
export function isValidNpi(text: string): boolean {
  return parseNpi(text).ok;
}
