import { describe, expect, it } from 'vitest';
import {
  addDecimal,
  decimalEquals,
  dollarsToCents,
  formatDecimal,
  multiplyDecimal,
  parseDecimal,
  type ExactDecimal,
} from './exact-decimal.ts';

const d = (text: string): ExactDecimal => {
  const value = parseDecimal(text);
  if (value === undefined) throw new Error(text);
  return value;
};

describe('exact decimals for RVUs, GPCIs and conversion factors', () => {
  it.each([
    ['1.30', '0.869', '1.12970'],
    ['0.10', '0.575', '0.05750'],
    ['2.53065', '32.3465', '81.857670225'],
    ['0.1', '0.2', '0.02'], // 0.1 × 0.2 in floats is 0.020000000000000004
  ])('%s × %s = %s', (a, b, product) => {
    expect(formatDecimal(multiplyDecimal(d(a), d(b)))).toBe(product);
  });

  it.each([
    ['0.1', '0.2', '0.3'], // 0.30000000000000004 in floats
    ['1.30', '1.17315', '2.47315'],
    ['1', '0.869', '1.869'],
  ])('%s + %s = %s', (a, b, sum) => {
    expect(formatDecimal(addDecimal(d(a), d(b)))).toBe(sum);
  });

  it.each([
    ['81.857670225', 8186],
    ['59.932565595', 5993],
    ['1.005', 101], // Math.round(1.005 * 100) is 100
    ['0.004999', 0],
    ['0.005', 1],
    ['0', 0],
    ['12345.675', 1234568],
  ])('dollarsToCents(%s) = %i, rounding once, halves up', (dollars, expected) => {
    expect(dollarsToCents(d(dollars))).toBe(expected);
  });

  it.each(['', 'abc', '-1.2', '1e3', '80%', '1.2.3'])('refuses %j', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });

  it('compares values, not spellings', () => {
    expect(decimalEquals(d('1'), d('1.000'))).toBe(true);
    expect(decimalEquals(d('1.0'), d('1.01'))).toBe(false);
  });
});
