import { cents, centsFromBigInt, type Cents } from './cents.ts';

/**
 * Adds two amounts.
 *
 * @throws RangeError when the sum leaves the {@link Cents} range.
 */
export function addCents(a: Cents, b: Cents): Cents {
  return cents(a + b);
}

/**
 * Subtracts `b` from `a` (for example billed minus allowed).
 *
 * @throws RangeError when the difference leaves the {@link Cents} range.
 */
export function subtractCents(a: Cents, b: Cents): Cents {
  return cents(a - b);
}

/**
 * Adds a list of amounts; an empty list sums to zero. Sums in `bigint`, so only the total is
 * range-checked, not each running subtotal.
 *
 * @throws RangeError when the total leaves the {@link Cents} range.
 * @example
 * ```ts
 * sumCents(lines.map((line) => line.charge)); // CLM02 must equal this (837P 2300 CLM02)
 * ```
 */
export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return centsFromBigInt(total);
}

/** Changes the sign of an amount (a charge into its reversal). Never leaves the range. */
export function negateCents(a: Cents): Cents {
  return cents(-(a as number));
}

/**
 * Multiplies an amount by a whole number of units, such as a per-unit fee times SV104 units.
 * Fractional quantities and percentages go through `applyRate`, which names its rounding.
 *
 * @throws RangeError when `units` is not a safe integer or the product leaves the range.
 * @example
 * ```ts
 * multiplyCents(cents(110), 3); // 330, where 1.1 * 3 in floats is 3.3000000000000003
 * ```
 */
export function multiplyCents(c: Cents, units: number): Cents {
  if (!Number.isSafeInteger(units)) {
    throw new RangeError(`expected a whole number of units, got ${units}`);
  }
  return centsFromBigInt(BigInt(c) * BigInt(units));
}
