import { formatCents } from './money.ts';
import { parseX12Date } from './x12-date.ts';

/**
 * A value that cannot be written as given: what the writer reports (with its location) instead
 * of writing it. Checkers below return the text to write, or a `Flaw`.
 */
export interface Flaw {
  readonly flaw: true;
  readonly code: string;
  readonly message: string;
}

/** What a value checker returns: the element text to write, or why it cannot be written. */
export type Checked = string | Flaw;

/** A {@link Flaw} with its issue code and message. */
export const flaw = (code: string, message: string): Flaw => ({ flaw: true, code, message });

/** Whether a checked value is a {@link Flaw}. */
export const isFlaw = (value: Checked): value is Flaw => typeof value !== 'string';

const missing = (what: string) => flaw('required-element-missing', `${what} is required`);

/** Required text, trimmed, at most `max` characters (X12 AN element maximum length). */
export function text(value: string | undefined, max: number, what = 'value'): Checked {
  const v = value?.trim() ?? '';
  if (v === '') return missing(what);
  if (v.length > max) return flaw('element-too-long', `${what} "${v}" is longer than ${max}`);
  return v;
}

/** Optional text: `''` when absent, else as {@link text}. */
export function optional(value: string | undefined, max: number, what = 'value'): Checked {
  return value === undefined || value.trim() === '' ? '' : text(value, max, what);
}

/** Text matching a pattern (codes, identifiers), trimmed. */
export function pattern(
  value: string | undefined,
  re: RegExp,
  what: string,
  expected: string,
): Checked {
  const v = value?.trim() ?? '';
  if (v === '') return missing(what);
  return re.test(v)
    ? v
    : flaw(
        `invalid-${what.replaceAll(' ', '-').toLowerCase()}`,
        `${what} "${v}" is not ${expected}`,
      );
}

/** A value from a code list. */
export function code(value: string | undefined, codes: readonly string[], what: string): Checked {
  const v = value ?? '';
  if (v === '') return missing(what);
  return codes.includes(v)
    ? v
    : flaw('invalid-code', `${what} "${v}" is not one of ${codes.join(', ')}`);
}

/**
 * A National Provider Identifier: 10 digits whose last is the Luhn check digit computed over
 * the prefix 80840 and the first nine (CMS NPI check digit standard, ISO 7812).
 */
export function npi(value: string | undefined): Checked {
  const v = value?.trim() ?? '';
  if (v === '') return missing('NPI');
  if (!/^\d{10}$/.test(v)) return flaw('invalid-npi', `NPI "${v}" is not 10 digits`);
  let sum = 24; // the Luhn sum of the prefix 80840
  for (let i = 8; i >= 0; i -= 1) {
    const d = v.charCodeAt(i) - 48;
    const weighted = (8 - i) % 2 === 0 ? d * 2 : d;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  const check = (10 - (sum % 10)) % 10;
  return check === v.charCodeAt(9) - 48
    ? v
    : flaw('invalid-npi', `NPI "${v}" fails its check digit`);
}

/** A calendar date `YYYY-MM-DD` written as CCYYMMDD (X12 DT). */
export function date(value: string | undefined, what = 'date'): Checked {
  const v = value ?? '';
  if (v === '') return missing(what);
  const dashed = v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45;
  const compact = dashed ? v.slice(0, 4) + v.slice(5, 7) + v.slice(8) : '';
  return parseX12Date(compact) === undefined
    ? flaw('invalid-date', `${what} "${v}" is not a YYYY-MM-DD calendar date`)
    : compact;
}

/** A time `HHMM` (X12 TM). */
export function time(value: string | undefined): Checked {
  const v = value ?? '';
  return /^([01]\d|2[0-3])[0-5]\d$/.test(v) ? v : flaw('invalid-time', `time "${v}" is not HHMM`);
}

/** A ZIP code of 5 or 9 digits (`nine`: exactly 9), a hyphen removed. */
export function zip(value: string | undefined, nine: boolean): Checked {
  const v = (value ?? '').trim().replace('-', '');
  if (v === '') return missing('ZIP code');
  const ok = nine ? /^\d{9}$/.test(v) : /^(\d{5}|\d{9})$/.test(v);
  return ok ? v : flaw('invalid-zip', `ZIP code "${value}" is not ${nine ? '9' : '5 or 9'} digits`);
}

/** An amount in integer cents written as an X12 R value (`125`, `125.5`, `0.01`). */
export function amount(cents: number, what = 'amount'): Checked {
  return Number.isSafeInteger(cents) && cents >= 0
    ? formatCents(cents)
    : flaw('invalid-amount', `${what} ${cents} is not a non-negative whole number of cents`);
}

/**
 * A positive quantity with at most three decimals written as an X12 R value (`1`, `1.5`,
 * `0.125`); refused when it is not exactly representable that way (float residue).
 */
export function quantity(value: number, what = 'quantity'): Checked {
  if (Number.isSafeInteger(value) && value > 0) return String(value);
  if (!Number.isFinite(value) || value <= 0 || value >= 1e12) {
    return flaw('invalid-quantity', `${what} ${value} is not a positive number`);
  }
  // `String` gives the shortest text that reads back as `value`: if that needs more than three
  // decimals (or an exponent), no three-decimal text is exactly `value`.
  const written = String(value);
  const point = written.indexOf('.');
  return !written.includes('e') && (point < 0 || written.length - point - 1 <= 3)
    ? written
    : flaw('invalid-quantity', `${what} ${value} has more than three decimals`);
}

/** Control numbers: a whole number 1..999999999, zero-padded to `width`. */
export function controlNumber(value: number, width: number, what: string): Checked {
  return Number.isSafeInteger(value) && value >= 1 && value <= 999_999_999
    ? String(value).padStart(width, '0')
    : flaw('invalid-control-number', `${what} ${value} is not a whole number 1-999999999`);
}
