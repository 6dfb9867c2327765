import { civilFromDays, daysFromCivil, daysInMonth } from './civil-days.ts';
import {
  MAX_YEAR,
  MIN_YEAR,
  civilFromIsoDate,
  isoDateFromCivil,
  type IsoDate,
} from './iso-date.ts';

function requireWhole(n: number, what: string): void {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`expected a whole number of ${what}, got ${n}`);
}

function requireYearInRange(year: number): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`date arithmetic left the years ${MIN_YEAR}–${MAX_YEAR} (year ${year})`);
  }
}

/**
 * The date `days` days after `date` (before it when negative). Counts calendar days as
 * integers: no daylight-saving day can be 23 or 25 hours long here.
 *
 * @throws RangeError when `days` is not an integer or the result leaves 1900–2199.
 * @example
 * ```ts
 * addDays(isoDate('2024-02-28'), 1); // '2024-02-29'
 * addDays(dateOfService, 90);        // a 90-day timely filing deadline
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  requireWhole(days, 'days');
  const civil = civilFromDays(daysFromCivil(civilFromIsoDate(date)) + days);
  requireYearInRange(civil.year);
  return isoDateFromCivil(civil);
}

/**
 * The same day of the month `months` months later (earlier when negative), moved back to the
 * last day of the month when that month is shorter: January 31 plus one month is February 28
 * (29 in leap years). Because of that clamping, adding 1 month twice can differ from adding 2.
 *
 * @throws RangeError when `months` is not an integer or the result leaves 1900–2199.
 * @example
 * ```ts
 * addMonths(isoDate('2025-01-31'), 1);  // '2025-02-28'
 * addMonths(dateOfService, 12);         // Medicare: one calendar year after service (42 CFR 424.44)
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  requireWhole(months, 'months');
  const { year, month, day } = civilFromIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  requireYearInRange(newYear);
  return isoDateFromCivil({
    year: newYear,
    month: newMonth,
    day: Math.min(day, daysInMonth(newYear, newMonth)),
  });
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later, 0 on the same day.
 *
 * @example
 * ```ts
 * daysBetween(isoDate('2025-01-01'), isoDate('2025-01-31')); // 30
 * daysBetween(admission, discharge);                         // a length of stay
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return daysFromCivil(civilFromIsoDate(to)) - daysFromCivil(civilFromIsoDate(from));
}
