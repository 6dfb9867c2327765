import { quoteInput } from '../identifiers/parse-result.ts';
import { checkCalendarDate, parseIsoDate, type IsoDate } from './iso-date.ts';

/**
 * Where "now" comes from. The core never reads the system clock: the server and the CLI pass
 * a clock in, tests pass {@link fixedClock}, so every rule that depends on today is repeatable.
 */
export type Clock = { readonly now: () => Date };

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * A clock stopped at one instant, for tests and demos. The instant must carry its offset
 * (`Z` or `±HH:MM`): without one, JavaScript would read it in the machine's local time zone.
 *
 * @throws RangeError when `isoInstant` is not an ISO 8601 instant with an offset.
 * @example
 * ```ts
 * const clock = fixedClock('2025-01-01T03:00:00Z');
 * todayInZone(clock, 'America/New_York'); // '2024-12-31'
 * ```
 */
export function fixedClock(isoInstant: string): Clock {
  const datePart = INSTANT.exec(isoInstant)?.[1];
  const milliseconds = Date.parse(isoInstant);
  if (datePart === undefined || !parseIsoDate(datePart).ok || Number.isNaN(milliseconds)) {
    throw new RangeError(
      `expected an instant with its offset, like 2025-01-01T03:00:00Z, got ${quoteInput(isoInstant)}`,
    );
  }
  // A fresh Date each call: Date is mutable and callers must not be able to move the clock.
  return { now: () => new Date(milliseconds) };
}

/**
 * Whether `timeZone` is an IANA time zone name this runtime knows, such as `America/New_York`.
 * Check configuration with this before it reaches {@link todayInZone}.
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date it is now in `timeZone` (an IANA name such as `America/Chicago`): the
 * practice's "today" for a date of service default or a timely filing check. The same instant
 * is a different date in different zones — 2025-01-01T03:00Z is still 2024-12-31 in New York.
 *
 * @throws RangeError when `timeZone` is not a valid IANA time zone ({@link isValidTimeZone}),
 * or the clock's date is outside 1900–2199. Both are configuration errors, not user input.
 */
export function todayInZone(clock: Clock, timeZone: string): IsoDate {
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(
      `expected an IANA time zone like America/New_York, got ${quoteInput(timeZone)}`,
    );
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(clock.now());
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const civil = { year: part('year'), month: part('month'), day: part('day') };
  const result = checkCalendarDate(civil, `${civil.year}-${civil.month}-${civil.day}`);
  if (!result.ok) throw new RangeError(result.error);
  return result.value;
}
