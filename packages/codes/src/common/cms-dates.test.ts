import { describe, expect, it } from 'vitest';
import { parseJulianYyyyddd, parseYyyymmdd } from './cms-dates.ts';

describe('CMS dates', () => {
  it.each([
    ['20260401', '2026-04-01'],
    [' 19820101 ', '1982-01-01'],
    ['20240229', '2024-02-29'],
    ['20230229', undefined],
    ['2026041', undefined],
    ['', undefined],
  ])('YYYYMMDD %j → %s', (text, expected) => {
    expect(parseYyyymmdd(text)).toBe(expected);
  });

  it.each([
    ['2013091', '2013-04-01'],
    ['2021001', '2021-01-01'],
    ['2024275', '2024-10-01'], // leap year: day 275 is October 1
    ['2025091', '2025-04-01'],
    ['2017365', '2017-12-31'],
    ['2016366', '2016-12-31'],
    ['2017366', undefined],
    ['2017000', undefined],
    ['20170101', undefined],
  ])('Julian YYYYDDD %j → %s', (text, expected) => {
    expect(parseJulianYyyyddd(text)).toBe(expected);
  });
});
