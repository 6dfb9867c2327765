import { parseFailure, quoteInput, type ParseResult } from '../identifiers/parse-result.ts';
import { checkCalendarDate, type IsoDate } from './iso-date.ts';

const US_SHAPE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a date the way US billers type it, month first: `01/31/2025` or `1/31/2025`.
 * A four-digit year is required: a two-digit year is ambiguous for dates of birth.
 *
 * @example
 * ```ts
 * parseUsDate('1/31/2025'); // { ok: true, value: '2025-01-31' }
 * ```
 */
export function parseUsDate(text: string): ParseResult<IsoDate> {
  const match = US_SHAPE.exec(text.trim());
  if (match === null) {
    return parseFailure(`expected a date like 01/31/2025 (MM/DD/YYYY), got ${quoteInput(text)}`);
  }
  const [, month = '', day = '', year = ''] = match;
  return checkCalendarDate({ year: Number(year), month: Number(month), day: Number(day) }, text);
}

/** Writes a date month first for people, `MM/DD/YYYY`: `2025-01-31` → `"01/31/2025"`. */
export function formatUsDate(date: IsoDate): string {
  return `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
}
