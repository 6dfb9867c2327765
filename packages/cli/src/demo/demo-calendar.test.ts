import { describe, expect, it } from 'vitest';
import { isoDate } from '@medbill/core';
import { clinicDaysBetween, clinicHolidays, dayOfWeek, nextBusinessDay } from './demo-calendar.ts';

describe('demo calendar', () => {
  it.each([
    ['1970-01-01', 4],
    ['2024-02-29', 4],
    ['2025-12-25', 4],
    ['2026-03-15', 0],
    ['1969-12-27', 6],
  ])('%s is day %i of the week', (date, day) => {
    expect(dayOfWeek(isoDate(date))).toBe(day);
  });

  it('moves to the next weekday', () => {
    expect(nextBusinessDay(isoDate('2026-03-13'))).toBe('2026-03-16');
    expect(nextBusinessDay(isoDate('2026-03-10'))).toBe('2026-03-11');
  });

  it.each([
    [
      2021,
      [
        '2021-01-01',
        '2021-05-31',
        '2021-07-05',
        '2021-09-06',
        '2021-11-25',
        '2021-11-26',
        '2021-12-24',
        '2021-12-31',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-05-25',
        '2026-07-03',
        '2026-09-07',
        '2026-11-26',
        '2026-11-27',
        '2026-12-25',
        '2027-01-01',
      ],
    ],
  ])('knows the observed holidays of %i', (year, days) => {
    expect(clinicHolidays(year)).toEqual(days);
  });

  it('skips weekends and holidays', () => {
    expect(clinicDaysBetween(isoDate('2025-12-24'), isoDate('2025-12-29'))).toEqual([
      '2025-12-24',
      '2025-12-26',
      '2025-12-29',
    ]);
  });
});
