import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isoDate, parseIsoDate } from './iso-date.ts';

describe('parseIsoDate', () => {
  it.each([
    ['2025-01-31', '2025-01-31'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['1900-01-01', '1900-01-01'],
    ['2199-12-31', '2199-12-31'],
    ['1958-07-04', '1958-07-04'],
    ['  2025-03-14 ', '2025-03-14'],
  ])('reads %j', (text, expected) => {
    expect(parseIsoDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2023-02-29', 'expected a real calendar date, got "2023-02-29": February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2025-04-31', 'April 2025 has 30 days'],
    ['2025-01-00', 'January 2025 has 31 days'],
    ['2025-13-01', 'expected a month from 01 to 12, got "2025-13-01"'],
    ['2025-00-10', 'expected a month from 01 to 12'],
    ['1899-12-31', 'expected a year from 1900 to 2199, got "1899-12-31"'],
    ['2200-01-01', 'expected a year from 1900 to 2199'],
    ['0000-01-01', 'expected a year from 1900 to 2199'],
    ['01/31/2025', 'expected a date like 2025-01-31 (YYYY-MM-DD), got "01/31/2025"'],
    ['20250131', 'expected a date like 2025-01-31 (YYYY-MM-DD)'],
    ['2025-1-31', 'expected a date like 2025-01-31'],
    ['2025-01-31T00:00:00Z', 'expected a date like 2025-01-31'],
    ['+002025-01-31', 'expected a date like 2025-01-31'],
    ['', 'got nothing'],
    ['yesterday', 'expected a date like 2025-01-31'],
  ])('refuses %j', (text, message) => {
    const result = parseIsoDate(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(typeof parseIsoDate(text).ok).toBe('boolean');
      }),
    );
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-01-31', true],
    [' 2025-01-31', false],
    ['2023-02-29', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('isoDate', () => {
  it('brands a literal', () => {
    expect(isoDate('2015-10-01')).toBe('2015-10-01');
  });

  it.each([['2023-02-29'], ['not a date']])('throws RangeError for %j', (text) => {
    expect(() => isoDate(text)).toThrow(RangeError);
  });
});
