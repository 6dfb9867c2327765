import { parseFailure, quoteInput, type ParseResult } from '../identifiers/parse-result.ts';
import { checkCalendarDate, type IsoDate } from './iso-date.ts';

const X12_SHAPE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Reads an X12 date, `CCYYMMDD` (X12 data element type DT of length 8, and the `D8` date time
 * period format qualifier used in DTP and DMG segments), such as `20250131`. Surrounding spaces
 * are ignored; the date must be real and within 1900–2199.
 *
 * @example
 * ```ts
 * parseX12Date('20250131'); // { ok: true, value: '2025-01-31' }
 * ```
 */
export function parseX12Date(text: string): ParseResult<IsoDate> {
  const match = X12_SHAPE.exec(text.trim());
  if (match === null) {
    return parseFailure(`expected a date like 20250131 (CCYYMMDD), got ${quoteInput(text)}`);
  }
  const [, year = '', month = '', day = ''] = match;
  return checkCalendarDate({ year: Number(year), month: Number(month), day: Number(day) }, text);
}

/**
 * Writes a date as X12 `CCYYMMDD` (DT, `D8`).
 *
 * @example
 * ```ts
 * toX12Date(isoDate('2025-01-31')); // "20250131"
 * ```
 */
export function toX12Date(date: IsoDate): string {
  return date.replaceAll('-', '');
}
