import { describe, expect, it } from 'vitest';
import { compareIsoDate, isAfter, isBefore, isWithin, type DateRange } from './compare-dates.ts';
import { isoDate } from './iso-date.ts';

describe('compareIsoDate, isBefore and isAfter', () => {
  it.each([
    ['2025-01-30', '2025-01-31', -1],
    ['2025-01-31', '2025-01-31', 0],
    ['2025-02-01', '2025-01-31', 1],
    ['2024-12-31', '2025-01-01', -1],
    ['1999-12-31', '2000-01-01', -1],
  ] as const)('%s vs %s → %d', (a, b, expected) => {
    expect(compareIsoDate(isoDate(a), isoDate(b))).toBe(expected);
    expect(isBefore(isoDate(a), isoDate(b))).toBe(expected === -1);
    expect(isAfter(isoDate(a), isoDate(b))).toBe(expected === 1);
  });

  it('sorts dates of service', () => {
    const dates = ['2025-03-01', '2024-12-31', '2025-01-15'].map((text) => isoDate(text));
    expect(dates.toSorted(compareIsoDate)).toEqual(['2024-12-31', '2025-01-15', '2025-03-01']);
  });
});

describe('isWithin', () => {
  const plan2025: DateRange = { from: isoDate('2025-01-01'), to: isoDate('2025-12-31') };
  const openEnded: DateRange = { from: isoDate('2025-01-01') };
  const explicitOpen: DateRange = { from: isoDate('2025-01-01'), to: undefined };
  const backwards: DateRange = { from: isoDate('2025-06-01'), to: isoDate('2025-05-01') };

  it.each([
    ['the first day of a plan year', '2025-01-01', plan2025, true],
    ['the last day of a plan year', '2025-12-31', plan2025, true],
    ['the day before coverage starts', '2024-12-31', plan2025, false],
    ['the day after coverage ends', '2026-01-01', plan2025, false],
    ['years later in open-ended coverage', '2031-07-04', openEnded, true],
    ['before open-ended coverage', '2024-12-31', openEnded, false],
    ['inside coverage with to: undefined', '2030-01-01', explicitOpen, true],
    ['any day of a backwards range', '2025-05-15', backwards, false],
  ])('%s (%s) → %s', (_label, date, range, expected) => {
    expect(isWithin(isoDate(date), range)).toBe(expected);
  });
});
