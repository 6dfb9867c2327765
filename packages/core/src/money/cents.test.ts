import { describe, expect, it } from 'vitest';
import {
  MAX_CENTS,
  MIN_CENTS,
  ZERO_CENTS,
  cents,
  centsFromBigInt,
  centsToBigInt,
  isCents,
} from './cents.ts';

describe('cents', () => {
  it.each([
    ['a $25.00 copay', 2500],
    ['zero', 0],
    ['a refund', -1230],
    ['the largest amount', 99_999_999_999_999],
    ['the smallest amount', -99_999_999_999_999],
  ])('accepts %s (%d)', (_label, n) => {
    expect(cents(n)).toBe(n);
    expect(isCents(n)).toBe(true);
  });

  it.each([
    ['a float from a spreadsheet', 12.3],
    ['float residue of 0.1 + 0.2 dollars in cents', (0.1 + 0.2) * 100],
    ['one cent over the maximum', 100_000_000_000_000],
    ['one cent under the minimum', -100_000_000_000_000],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an unsafe integer', 2 ** 53],
  ])('refuses %s', (_label, n) => {
    expect(() => cents(n)).toThrow(RangeError);
    expect(isCents(n)).toBe(false);
  });

  it('turns -0 into 0', () => {
    expect(Object.is(cents(-0), 0)).toBe(true);
  });

  it('has its bounds and zero as cents', () => {
    expect(MAX_CENTS).toBe(99_999_999_999_999);
    expect(MIN_CENTS + MAX_CENTS).toBe(0);
    expect(MAX_CENTS < Number.MAX_SAFE_INTEGER / 2).toBe(true);
    expect(ZERO_CENTS).toBe(0);
  });
});

describe('centsFromBigInt and centsToBigInt', () => {
  it.each([
    [0n, 0],
    [123450n, 123450],
    [-5n, -5],
    [99_999_999_999_999n, 99_999_999_999_999],
  ])('round-trips %s', (stored, expected) => {
    const value = centsFromBigInt(stored);
    expect(value).toBe(expected);
    expect(centsToBigInt(value)).toBe(stored);
  });

  it.each([[100_000_000_000_000n], [-100_000_000_000_000n], [2n ** 64n]])(
    'refuses %s',
    (stored) => {
      expect(() => centsFromBigInt(stored)).toThrow(RangeError);
    },
  );
});
