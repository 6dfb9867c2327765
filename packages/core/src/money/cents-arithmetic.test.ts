import { describe, expect, it } from 'vitest';
import { MAX_CENTS, MIN_CENTS, cents, type Cents } from './cents.ts';
import {
  addCents,
  multiplyCents,
  negateCents,
  subtractCents,
  sumCents,
} from './cents-arithmetic.ts';
import { formatMoney } from './format-money.ts';
import { parseMoney } from './parse-money.ts';

function money(text: string): Cents {
  const result = parseMoney(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('float residue never reaches an amount', () => {
  // Each row: the computation in cents, the exact answer, and what the same sum does in floats.
  it.each([
    ['0.1 + 0.2', () => addCents(money('0.1'), money('0.2')), '0.30', 0.1 + 0.2],
    ['1.1 × 3 units', () => multiplyCents(money('1.1'), 3), '3.30', 1.1 * 3],
    ['0.07 × 3 units', () => multiplyCents(money('0.07'), 3), '0.21', 0.07 * 3],
    ['19.99 × 3 units', () => multiplyCents(money('19.99'), 3), '59.97', 19.99 * 3],
    ['100.00 − 99.99', () => subtractCents(money('100.00'), money('99.99')), '0.01', 100 - 99.99],
    [
      'ten lines of 0.10',
      () => sumCents(Array.from({ length: 10 }, () => money('0.10'))),
      '1.00',
      Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b, 0),
    ],
  ])('%s is exactly %s', (_label, compute, expected, inFloats) => {
    expect(formatMoney(compute())).toBe(expected);
    // Rounding the float result happens to recover these, but only a final rounding hides the
    // residue: the cents path needs none.
    expect(inFloats.toFixed(2)).toBe(expected);
  });

  it.each([
    ['0.1 + 0.2', 0.1 + 0.2, 0.3],
    ['1.1 × 3', 1.1 * 3, 3.3],
    ['100 − 99.99', 100 - 99.99, 0.01],
  ])('documents the float residue of %s', (_label, inFloats, exact) => {
    expect(inFloats).not.toBe(exact);
  });
});

describe('addCents and subtractCents', () => {
  it.each([
    ['charge plus charge', 12500, 7500, 20000, 5000],
    ['payment minus a larger adjustment', 8000, 10000, 18000, -2000],
    ['zero', 0, 0, 0, 0],
  ])('%s', (_label, a, b, sum, difference) => {
    expect(addCents(cents(a), cents(b))).toBe(sum);
    expect(subtractCents(cents(a), cents(b))).toBe(difference);
  });

  it.each([
    ['a sum above the maximum', () => addCents(MAX_CENTS, cents(1))],
    ['a difference below the minimum', () => subtractCents(MIN_CENTS, cents(1))],
  ])('throws RangeError for %s', (_label, compute) => {
    expect(compute).toThrow(RangeError);
  });
});

describe('sumCents', () => {
  it.each([
    ['no lines', [], 0],
    ['a three-line claim', [12500, 4500, 2599], 19599],
    ['charges and a reversal', [10000, -10000, 2500], 2500],
    ['running subtotal beyond the range that comes back', [MAX_CENTS, 1, -1], MAX_CENTS],
  ])('sums %s', (_label, values, expected) => {
    expect(sumCents(values.map((value) => cents(value)))).toBe(expected);
  });

  it('throws RangeError when the total leaves the range', () => {
    expect(() => sumCents([MAX_CENTS, cents(1)])).toThrow(RangeError);
  });

  it('accepts any iterable', () => {
    expect(sumCents(new Set([cents(1), cents(2)]))).toBe(3);
  });
});

describe('negateCents', () => {
  it.each([
    [2500, -2500],
    [-2500, 2500],
    [MIN_CENTS, MAX_CENTS],
  ])('negates %d', (a, expected) => {
    expect(negateCents(cents(a))).toBe(expected);
  });

  it('negates zero to zero, not -0', () => {
    expect(Object.is(negateCents(cents(0)), 0)).toBe(true);
  });
});

describe('multiplyCents', () => {
  it.each([
    ['one unit', 4500, 1, 4500],
    ['four units of 97110 at $32.17', 3217, 4, 12868],
    ['zero units', 4500, 0, 0],
    ['a reversal of two units', 4500, -2, -9000],
  ])('%s', (_label, c, units, expected) => {
    expect(multiplyCents(cents(c), units)).toBe(expected);
  });

  it.each([
    ['a fractional unit count', () => multiplyCents(cents(100), 1.5)],
    ['a product beyond the range', () => multiplyCents(MAX_CENTS, 2)],
    ['a product beyond Number.MAX_SAFE_INTEGER', () => multiplyCents(MAX_CENTS, 2 ** 40)],
  ])('throws RangeError for %s', (_label, compute) => {
    expect(compute).toThrow(RangeError);
  });
});
