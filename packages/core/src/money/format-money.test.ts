import { describe, expect, it } from 'vitest';
import { cents } from './cents.ts';
import { formatMoney, formatUsd } from './format-money.ts';

describe('formatMoney and formatUsd', () => {
  it.each([
    [123450, '1234.50', '$1,234.50'],
    [-5, '-0.05', '-$0.05'],
    [0, '0.00', '$0.00'],
    [7, '0.07', '$0.07'],
    [10, '0.10', '$0.10'],
    [100, '1.00', '$1.00'],
    [-1230, '-12.30', '-$12.30'],
    [99999, '999.99', '$999.99'],
    [100000, '1000.00', '$1,000.00'],
    [123456789, '1234567.89', '$1,234,567.89'],
    [99_999_999_999_999, '999999999999.99', '$999,999,999,999.99'],
    [-99_999_999_999_999, '-999999999999.99', '-$999,999,999,999.99'],
  ])('formats %d cents as %s and %s', (n, plain, usd) => {
    expect(formatMoney(cents(n))).toBe(plain);
    expect(formatUsd(cents(n))).toBe(usd);
  });
});
