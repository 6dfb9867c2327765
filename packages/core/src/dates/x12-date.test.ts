import { describe, expect, it } from 'vitest';
import { isoDate } from './iso-date.ts';
import { parseX12Date, toX12Date } from './x12-date.ts';

describe('parseX12Date and toX12Date', () => {
  it.each([
    ['20250131', '2025-01-31'],
    ['20240229', '2024-02-29'],
    ['19580704', '1958-07-04'],
    [' 20251231 ', '2025-12-31'],
  ])('reads %j as %s and writes it back', (text, expected) => {
    expect(parseX12Date(text)).toEqual({ ok: true, value: expected });
    expect(toX12Date(isoDate(expected))).toBe(text.trim());
  });

  it.each([
    ['20230229', 'February 2023 has 28 days'],
    ['20251301', 'expected a month from 01 to 12'],
    ['18991231', 'expected a year from 1900 to 2199'],
    ['2025-01-31', 'expected a date like 20250131 (CCYYMMDD), got "2025-01-31"'],
    ['250131', 'expected a date like 20250131 (CCYYMMDD)'],
    ['20250131-20250205', 'expected a date like 20250131 (CCYYMMDD)'],
    ['', 'got nothing'],
  ])('refuses %j', (text, message) => {
    const result = parseX12Date(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});
