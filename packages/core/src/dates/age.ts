import { civilFromIsoDate, type IsoDate } from './iso-date.ts';

/**
 * Age in whole years on a given day, by the birthday rule: a year is added on each birthday.
 * Someone born on February 29 has their birthday on March 1 in common years (they are still
 * the younger age on February 28).
 *
 * Some programs count differently — Social Security, and Medicare entitlement with it, treats
 * an age as attained on the day before the birthday (SSA Ruling SSR 63-15) — so eligibility
 * rules apply that themselves rather than through this function.
 * Returns a negative number when `on` is before `dateOfBirth`; flagging that is the caller's job.
 *
 * @example
 * ```ts
 * ageInYears(isoDate('1960-03-15'), isoDate('2025-03-14')); // 64
 * ageInYears(isoDate('1960-03-15'), isoDate('2025-03-15')); // 65
 * ```
 */
export function ageInYears(dateOfBirth: IsoDate, on: IsoDate): number {
  const birth = civilFromIsoDate(dateOfBirth);
  const day = civilFromIsoDate(on);
  const beforeBirthday =
    day.month < birth.month || (day.month === birth.month && day.day < birth.day);
  return day.year - birth.year - (beforeBirthday ? 1 : 0);
}
