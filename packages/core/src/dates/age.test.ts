import { describe, expect, it } from 'vitest';
import { ageInYears } from './age.ts';
import { isoDate } from './iso-date.ts';

describe('ageInYears', () => {
  it.each([
    ['the day before turning 65', '1960-03-15', '2025-03-14', 64],
    ['on the 65th birthday', '1960-03-15', '2025-03-15', 65],
    ['a newborn on the day of birth', '2025-01-31', '2025-01-31', 0],
    ['a day short of one year', '2024-01-31', '2025-01-30', 0],
    ['a child turning 26 (dependent coverage)', '1999-06-30', '2025-06-30', 26],
    ['a leap-day birth on Feb 28 of a common year', '2004-02-29', '2025-02-28', 20],
    ['a leap-day birth on Mar 1 of a common year', '2004-02-29', '2025-03-01', 21],
    ['a leap-day birth on Feb 29 of a leap year', '2004-02-29', '2024-02-29', 20],
    ['a leap-day birth on Feb 28 of a leap year', '2004-02-29', '2024-02-28', 19],
    ['born Dec 31, on Jan 1', '1990-12-31', '2025-01-01', 34],
    ['a service date before birth', '2025-06-01', '2025-01-01', -1],
  ])('%s: born %s, on %s → %d', (_label, dateOfBirth, on, expected) => {
    expect(ageInYears(isoDate(dateOfBirth), isoDate(on))).toBe(expected);
  });
});
