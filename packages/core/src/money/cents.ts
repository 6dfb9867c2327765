/**
 * An amount of US money as a whole number of cents.
 *
 * The brand keeps raw numbers (a float read from a spreadsheet, a count of units) from being
 * mistaken for money: the only ways in are {@link cents}, {@link centsFromBigInt}, the parsers
 * in `parse-money.ts` and the arithmetic helpers, all of which check the range.
 */
export type Cents = number & { readonly __brand: 'Cents' };

/**
 * The largest amount medbill holds: $999,999,999,999.99. Far above any claim, remittance or
 * ledger balance, and far enough below `Number.MAX_SAFE_INTEGER` (about 9.0 × 10^15) that the
 * sum or difference of any two in-range amounts is still exact when the range check sees it.
 */
export const MAX_CENTS = 99_999_999_999_999 as Cents;

/** The smallest amount medbill holds: -$999,999,999,999.99. */
export const MIN_CENTS = -99_999_999_999_999 as Cents;

/** No money. */
export const ZERO_CENTS = 0 as Cents;

/** Whether `n` is a whole number of cents within {@link MIN_CENTS}…{@link MAX_CENTS}. */
export function isCents(n: number): n is Cents {
  return Number.isSafeInteger(n) && n >= MIN_CENTS && n <= MAX_CENTS;
}

/**
 * Brands a whole number of cents. For literals and for values already known to be cents;
 * text goes through `parseMoney` instead.
 *
 * @throws RangeError when `n` is not an integer or is outside {@link MIN_CENTS}…{@link MAX_CENTS}.
 * @example
 * ```ts
 * const copay = cents(2500); // $25.00
 * ```
 */
export function cents(n: number): Cents {
  if (!isCents(n)) {
    throw new RangeError(
      `expected a whole number of cents between ${MIN_CENTS} and ${MAX_CENTS}, got ${n}`,
    );
  }
  // `n + 0` turns -0 into 0 so that no amount ever prints as "-0.00".
  return (n + 0) as Cents;
}

/**
 * Converts `bigint` cents (how the database stores money, Postgres `bigint`) to {@link Cents}.
 *
 * @throws RangeError when the value is outside {@link MIN_CENTS}…{@link MAX_CENTS}.
 */
export function centsFromBigInt(value: bigint): Cents {
  if (value > BigInt(MAX_CENTS) || value < BigInt(MIN_CENTS)) {
    throw new RangeError(
      `expected a whole number of cents between ${MIN_CENTS} and ${MAX_CENTS}, got ${value}`,
    );
  }
  return cents(Number(value));
}

/** Converts {@link Cents} to `bigint` cents for storage. Exact for every in-range amount. */
export function centsToBigInt(c: Cents): bigint {
  return BigInt(c);
}
