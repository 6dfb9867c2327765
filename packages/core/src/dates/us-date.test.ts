import { describe, expect, it } from 'vitest';
import { isoDate } from './iso-date.ts';
import { formatUsDate, parseUsDate } from './us-date.ts';

describe('parseUsDate', () => {
  it.each([
    ['01/31/2025', '2025-01-31'],
    ['1/31/2025', '2025-01-31'],
    ['7/4/1958', '1958-07-04'],
    ['02/29/2024', '2024-02-29'],
    [' 12/01/2025 ', '2025-12-01'],
  ])('reads %j', (text, expected) => {
    expect(parseUsDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['02/29/2023', 'February 2023 has 28 days'],
    ['31/01/2025', 'expected a month from 01 to 12'],
    ['01/31/25', 'expected a date like 01/31/2025 (MM/DD/YYYY), got "01/31/25"'],
    ['2025-01-31', 'expected a date like 01/31/2025 (MM/DD/YYYY)'],
    ['01-31-2025', 'expected a date like 01/31/2025'],
  ])('refuses %j', (text, message) => {
    const result = parseUsDate(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});

describe('formatUsDate', () => {
  it.each([
    ['2025-01-31', '01/31/2025'],
    ['1958-07-04', '07/04/1958'],
  ])('writes %s as %s', (date, expected) => {
    expect(formatUsDate(isoDate(date))).toBe(expected);
  });
});
