import {
  parseFailure,
  parseOk,
  quoteInput,
  type ParseResult,
} from '../identifiers/parse-result.ts';
import { daysInMonth, type CivilDate } from './civil-days.ts';

/**
 * A calendar date as `YYYY-MM-DD` text: date of service, date of birth, admission date
 * (Postgres `date`). It names a day on the calendar, not a moment, so it is never held as a JS
 * `Date` and no time zone can move it. Years run from {@link MIN_YEAR} to {@link MAX_YEAR}.
 *
 * Because every value has the same width, string comparison is date comparison.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** The earliest year medbill accepts: older dates of birth are typing mistakes in practice. */
export const MIN_YEAR = 1900;

/** The latest year medbill accepts. */
export const MAX_YEAR = 2199;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Writes numbers that are already known to form a valid date in range. */
export function isoDateFromCivil({ year, month, day }: CivilDate): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** The numbers of a date. */
export function civilFromIsoDate(date: IsoDate): CivilDate {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * Checks that numbers read from any date notation form a real calendar date within
 * {@link MIN_YEAR}…{@link MAX_YEAR}; `text` is the original input, quoted in the error.
 */
export function checkCalendarDate(civil: CivilDate, text: string): ParseResult<IsoDate> {
  const { year, month, day } = civil;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return parseFailure(`expected a year from ${MIN_YEAR} to ${MAX_YEAR}, got ${quoteInput(text)}`);
  }
  const monthName = MONTH_NAMES[month - 1];
  if (monthName === undefined) {
    return parseFailure(`expected a month from 01 to 12, got ${quoteInput(text)}`);
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return parseFailure(
      `expected a real calendar date, got ${quoteInput(text)}: ${monthName} ${year} has ${lastDay} days`,
    );
  }
  return parseOk(isoDateFromCivil(civil));
}

/**
 * Reads a calendar date written `YYYY-MM-DD` (ISO 8601 extended calendar date, the form
 * Postgres, FHIR and HTML date inputs use). Surrounding spaces are ignored. Checks the date is
 * real — month 01–12, day within the month, February 29 only in leap years (2024 and 2000,
 * not 2023 or 1900) — and that the year is 1900–2199.
 *
 * @example
 * ```ts
 * parseIsoDate('2024-02-29'); // { ok: true, value: '2024-02-29' }
 * parseIsoDate('2023-02-29'); // { ok: false, error: 'expected a real calendar date, got "2023-02-29": February 2023 has 28 days' }
 * ```
 */
export function parseIsoDate(text: string): ParseResult<IsoDate> {
  const match = ISO_SHAPE.exec(text.trim());
  if (match === null) {
    return parseFailure(`expected a date like 2025-01-31 (YYYY-MM-DD), got ${quoteInput(text)}`);
  }
  const [, year = '', month = '', day = ''] = match;
  return checkCalendarDate({ year: Number(year), month: Number(month), day: Number(day) }, text);
}

/** Whether `text` is exactly a valid {@link IsoDate} (no surrounding spaces). */
export function isIsoDate(text: string): text is IsoDate {
  const result = parseIsoDate(text);
  return result.ok && result.value === text;
}

/**
 * Makes an {@link IsoDate} from a literal in code: tests, demo data, fixed policy dates.
 *
 * @throws RangeError when the text is not a valid date; text from people goes through
 * {@link parseIsoDate}.
 * @example
 * ```ts
 * const icd10Start = isoDate('2015-10-01');
 * ```
 */
export function isoDate(text: string): IsoDate {
  const result = parseIsoDate(text);
  if (!result.ok) throw new RangeError(result.error);
  return result.value;
}
