import type { IsoDate } from './iso-date.ts';

/**
 * Orders two dates: -1 when `a` is earlier, 1 when later, 0 when the same day. Usable directly
 * as a sort comparator.
 *
 * @example
 * ```ts
 * serviceDates.toSorted(compareIsoDate);
 * ```
 */
export function compareIsoDate(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  // Fixed-width YYYY-MM-DD text sorts as the calendar does.
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** Whether `a` is a strictly earlier day than `b`. */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

/** Whether `a` is a strictly later day than `b`. */
export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a > b;
}

/**
 * A span of days including both ends, such as a coverage period (EB/DTP 346–347) or a
 * statement period; no `to` means open-ended (coverage with no termination date).
 */
export type DateRange = { readonly from: IsoDate; readonly to?: IsoDate | undefined };

/**
 * Whether `date` falls within `range`, both ends included; with no `to`, every day from
 * `from` on is within. A range whose `to` is before its `from` contains no day.
 *
 * @example
 * ```ts
 * isWithin(dateOfService, { from: coverage.effective, to: coverage.terminated });
 * ```
 */
export function isWithin(date: IsoDate, range: DateRange): boolean {
  return date >= range.from && (range.to === undefined || date <= range.to);
}
