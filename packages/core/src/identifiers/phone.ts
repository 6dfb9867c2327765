import { parseFailure, parseOk, quoteInput, type ParseResult } from './parse-result.ts';

const PHONE_SHAPE = /^(?:\+?1[\s.-]?)?(?:\((\d{3})\)|(\d{3}))[\s.-]?(\d{3})[\s.-]?(\d{4})$/;

/**
 * Reads a North American (NANP) telephone number as people write it — `(217) 555-0100`,
 * `217.555.0100`, `217-555-0100`, `+1 217 555 0100`, `2175550100` — and returns its ten
 * digits, as the 837 PER segment carries them. Surrounding spaces are ignored; extensions are
 * not accepted here.
 *
 * NANP numbering (NANPA, "NANP Numbering Plan"): the area code and the exchange both start
 * with 2–9, and N11 area codes (211, 911…) are service codes, never area codes.
 *
 * @example
 * ```ts
 * parsePhone('+1 (217) 555-0100'); // { ok: true, value: '2175550100' }
 * ```
 */
export function parsePhone(text: string): ParseResult<string> {
  const match = PHONE_SHAPE.exec(text.trim());
  if (match === null) {
    return parseFailure(
      `expected a 10-digit phone number like (217) 555-0100, got ${quoteInput(text)}`,
    );
  }
  const area = match[1] ?? match[2] ?? '';
  const exchange = match[3] ?? '';
  if (/^[01]/.test(area) || area.endsWith('11')) {
    return parseFailure(
      `expected a phone number with a real area code (not starting with 0 or 1, not N11), got ${quoteInput(text)}`,
    );
  }
  if (/^[01]/.test(exchange)) {
    return parseFailure(
      `expected a phone number whose exchange (the 3 digits after the area code) starts with 2–9, got ${quoteInput(text)}`,
    );
  }
  return parseOk(`${area}${exchange}${match[4] ?? ''}`);
}

/**
 * Writes a phone number for people: `2175550100` → `(217) 555-0100`. Text that is not a
 * phone number is returned as given, so a display never fails.
 */
export function formatPhone(phone: string): string {
  const result = parsePhone(phone);
  if (!result.ok) return phone;
  const digits = result.value;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}
