import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth, isLeapYear } from './civil-days.ts';

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('%d is a leap year: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    [1, 31],
    [4, 30],
    [6, 30],
    [9, 30],
    [11, 30],
    [12, 31],
    [0, 0],
    [13, 0],
  ])('month %d of 2025 has %d days', (month, days) => {
    expect(daysInMonth(2025, month)).toBe(days);
  });
});

describe('daysFromCivil and civilFromDays', () => {
  it.each([
    [1970, 1, 1, 0],
    [1969, 12, 31, -1],
    [2000, 3, 1, 11017],
    [1900, 1, 1, -25567],
    [2199, 12, 31, 84005],
    [2024, 2, 29, 19782],
  ])('%d-%d-%d is day %d', (year, month, day, days) => {
    expect(daysFromCivil({ year, month, day })).toBe(days);
    expect(civilFromDays(days)).toEqual({ year, month, day });
  });

  it('agrees with the proleptic Gregorian calendar of Date.UTC over 1900–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84005 }), (days) => {
        const civil = civilFromDays(days);
        // Date.UTC is safe here: a UTC midnight only checks the integer arithmetic.
        expect(Date.UTC(civil.year, civil.month - 1, civil.day) / 86_400_000).toBe(days);
        expect(daysFromCivil(civil)).toBe(days);
      }),
    );
  });
});
