import { addDays, daysBetween, isoDate } from '@medbill/core';
import type { IsoDate } from '@medbill/core';

const THURSDAY = isoDate('1970-01-01');

/** Day of the week, 0 Sunday to 6 Saturday, counted on the calendar (no time zone). */
export function dayOfWeek(date: IsoDate): number {
  return (((daysBetween(THURSDAY, date) + 4) % 7) + 7) % 7;
}

/** Monday to Friday. */
export function isWeekday(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day !== 0 && day !== 6;
}

/** The first weekday after `date`. */
export function nextBusinessDay(date: IsoDate): IsoDate {
  let next = addDays(date, 1);
  while (!isWeekday(next)) next = addDays(next, 1);
  return next;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The `n`th given weekday of a month (n = -1: the last one). */
function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  if (n < 0) {
    const last = addDays(
      isoDate(`${month === 12 ? year + 1 : year}-${pad((month % 12) + 1)}-01`),
      -1,
    );
    return addDays(last, -((dayOfWeek(last) - weekday + 7) % 7));
  }
  const first = isoDate(`${year}-${pad(month)}-01`);
  return addDays(first, ((weekday - dayOfWeek(first) + 7) % 7) + 7 * (n - 1));
}

/** A fixed-date holiday as offices observe it: Saturday moves to Friday, Sunday to Monday. */
function observed(year: number, month: number, day: number): IsoDate {
  const date = isoDate(`${year}-${pad(month)}-${pad(day)}`);
  const weekday = dayOfWeek(date);
  return weekday === 6 ? addDays(date, -1) : weekday === 0 ? addDays(date, 1) : date;
}

/**
 * Days the demo clinic is closed on a weekday: New Year's Day, Memorial Day, Independence Day,
 * Labor Day, Thanksgiving and the day after, Christmas (observed dates).
 */
export function clinicHolidays(year: number): IsoDate[] {
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  return [
    observed(year, 1, 1),
    nthWeekday(year, 5, 1, -1),
    observed(year, 7, 4),
    nthWeekday(year, 9, 1, 1),
    thanksgiving,
    addDays(thanksgiving, 1),
    observed(year, 12, 25),
    observed(year + 1, 1, 1), // New Year's Day on a Saturday is observed on December 31
  ];
}

/** Every day the clinic is open from `from` to `to`, both included, in order. */
export function clinicDaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const closed = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const day of clinicHolidays(year)) closed.add(day);
  }
  const days: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isWeekday(date) && !closed.has(date)) days.push(date);
  }
  return days;
}
