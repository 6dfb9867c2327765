import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from './date-arithmetic.ts';
import { isoDate } from './iso-date.ts';

describe('addDays', () => {
  it.each([
    ['into a leap day', '2024-02-28', 1, '2024-02-29'],
    ['over a leap day', '2024-02-28', 2, '2024-03-01'],
    ['over a common-year February', '2023-02-28', 1, '2023-03-01'],
    ['over a year end', '2024-12-31', 1, '2025-01-01'],
    ['back over a year end', '2025-01-01', -1, '2024-12-31'],
    ['over the US spring-forward Sunday', '2025-03-08', 2, '2025-03-10'],
    ['over the US fall-back Sunday', '2025-11-01', 2, '2025-11-03'],
    ['a 90-day timely filing limit', '2025-01-15', 90, '2025-04-15'],
    ['a 365-day timely filing limit across a leap year', '2024-01-15', 365, '2025-01-14'],
    ['zero days', '2025-06-30', 0, '2025-06-30'],
  ])('%s: %s + %d → %s', (_label, date, days, expected) => {
    expect(addDays(isoDate(date), days)).toBe(expected);
  });

  it.each([
    ['past 2199', '2199-12-31', 1],
    ['before 1900', '1900-01-01', -1],
    ['a fractional day', '2025-01-01', 0.5],
    ['NaN days', '2025-01-01', Number.NaN],
  ])('throws RangeError for %s', (_label, date, days) => {
    expect(() => addDays(isoDate(date), days)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['clamps January 31 to February 28', '2025-01-31', 1, '2025-02-28'],
    ['clamps January 31 to February 29 in a leap year', '2024-01-31', 1, '2024-02-29'],
    ['clamps March 31 to April 30', '2025-03-31', 1, '2025-04-30'],
    ['keeps a day every month has', '2025-01-15', 1, '2025-02-15'],
    ['crosses a year end', '2025-11-30', 3, '2026-02-28'],
    ['goes back', '2025-03-31', -1, '2025-02-28'],
    ['goes back over a year end', '2025-01-15', -2, '2024-11-15'],
    ['twelve months from a leap day', '2024-02-29', 12, '2025-02-28'],
    ['forty-eight months from a leap day', '2024-02-29', 48, '2028-02-29'],
    ['zero months', '2025-05-31', 0, '2025-05-31'],
  ])('%s: %s + %d months → %s', (_label, date, months, expected) => {
    expect(addMonths(isoDate(date), months)).toBe(expected);
  });

  it('clamping makes one month twice differ from two months once', () => {
    const start = isoDate('2025-01-31');
    expect(addMonths(addMonths(start, 1), 1)).toBe('2025-03-28');
    expect(addMonths(start, 2)).toBe('2025-03-31');
  });

  it.each([
    ['past 2199', '2199-12-15', 1],
    ['before 1900', '1900-01-15', -1],
    ['a fractional month', '2025-01-01', 1.5],
  ])('throws RangeError for %s', (_label, date, months) => {
    expect(() => addMonths(isoDate(date), months)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['the same day', '2025-01-31', '2025-01-31', 0],
    ['January', '2025-01-01', '2025-01-31', 30],
    ['backwards', '2025-01-31', '2025-01-01', -30],
    ['a leap year', '2024-01-01', '2025-01-01', 366],
    ['a common year', '2025-01-01', '2026-01-01', 365],
    ['a three-night stay over spring-forward', '2025-03-08', '2025-03-11', 3],
    ['the whole supported range', '1900-01-01', '2199-12-31', 109572],
  ])('%s: %s → %s is %d days', (_label, from, to, expected) => {
    expect(daysBetween(isoDate(from), isoDate(to))).toBe(expected);
  });
});
