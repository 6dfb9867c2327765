import {
  parseFailure,
  parseOk,
  quoteInput,
  type ParseResult,
} from '../identifiers/parse-result.ts';
import { centsFromBigInt, type Cents } from './cents.ts';

/**
 * An exact non-negative decimal factor: a percentage of a fee schedule, a coinsurance share,
 * a GPCI or an RVU multiplier. Held as the digits of its decimal text and a count of decimals
 * (`0.80` is 80n with 2 decimals), so `1.005` is exactly 1.005 and not 1.00499999999999989…
 *
 * The brand means only {@link parseRate} and {@link rate} make one.
 */
export type Rate = {
  readonly __brand: 'Rate';
  /** The digits without the point: `0.80` → `80n`. */
  readonly scaled: bigint;
  /** How many of those digits follow the point: `0.80` → `2`. */
  readonly decimals: number;
};

/** Decimals a rate may be written with; finer than any published fee schedule factor. */
export const MAX_RATE_DECIMALS = 10;

/** Digits a rate may have before the point (rates below 1,000,000). */
const MAX_RATE_WHOLE_DIGITS = 6;

const RATE_TEXT = /^(\d*)(?:\.(\d*))?(%?)$/;

/**
 * Reads a rate from decimal text (`0.80`, `1.0350`, `.2`) or a percentage (`80%`, `33.33%`).
 * Surrounding spaces are ignored. Refuses negatives, exponents, more than
 * {@link MAX_RATE_DECIMALS} decimals and rates of 1,000,000 or more.
 *
 * @example
 * ```ts
 * parseRate('80%');  // { ok: true, value: rate of 0.80 }
 * ```
 */
export function parseRate(text: string): ParseResult<Rate> {
  const trimmed = text.trim();
  const match = RATE_TEXT.exec(trimmed);
  const whole = (match?.[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = match?.[2] ?? '';
  if (match === null || (whole === '' && fraction === '')) {
    const problem = trimmed.startsWith('-') ? 'a rate of zero or more' : 'a rate';
    return parseFailure(`expected ${problem} like 0.80 or 80%, got ${quoteInput(text)}`);
  }
  if (fraction.length > MAX_RATE_DECIMALS) {
    return parseFailure(
      `expected a rate with at most ${MAX_RATE_DECIMALS} decimals, got ${quoteInput(text)}`,
    );
  }
  if (whole.length > MAX_RATE_WHOLE_DIGITS) {
    return parseFailure(`expected a rate below 1000000, got ${quoteInput(text)}`);
  }
  const percent = match[3] === '%';
  return parseOk({
    scaled: BigInt(`${whole}${fraction}`),
    decimals: fraction.length + (percent ? 2 : 0),
  } as Rate);
}

/**
 * Makes a {@link Rate} from a literal in code, such as a contract's `rate('0.80')`.
 *
 * @throws RangeError when the text is not a rate; text from people goes through {@link parseRate}.
 */
export function rate(text: string): Rate {
  const result = parseRate(text);
  if (!result.ok) throw new RangeError(result.error);
  return result.value;
}

/** Writes a rate as decimal text with the decimals it was given: `80%` → `"0.80"`. */
export function formatRate(r: Rate): string {
  if (r.decimals === 0) return r.scaled.toString();
  const digits = r.scaled.toString().padStart(r.decimals + 1, '0');
  return `${digits.slice(0, -r.decimals)}.${digits.slice(-r.decimals)}`;
}

/** Divides and rounds a half away from zero: 0.5 → 1, -0.5 → -1, 0.49 → 0. `divisor` > 0. */
function roundHalfAwayFromZero(dividend: bigint, divisor: bigint): bigint {
  const magnitude = dividend < 0n ? -dividend : dividend;
  const quotient = magnitude / divisor + (2n * (magnitude % divisor) >= divisor ? 1n : 0n);
  return dividend < 0n ? -quotient : quotient;
}

/**
 * Multiplies an amount by a rate: the single named rounding step where a rate becomes money.
 *
 * The product is computed exactly in `bigint` and rounded once, at the end, to the nearest
 * cent with halves rounded away from zero, the usual commercial rounding ($87.53 × 20% =
 * $17.506 → $17.51; $0.01 × 50% = $0.005 → $0.01; -$0.005 → -$0.01). Rounding several times along the way,
 * or multiplying floats, drifts by a cent: `Math.round(1.005 * 100)` is 100, `applyRate` of
 * $1.00 × 1.005 is 101 cents.
 *
 * Splitting an amount by rates does not always add back up (3 × 33.33% of $100.00 is $99.99);
 * callers that must allocate every cent assign the remainder explicitly.
 *
 * `factor` is a {@link Rate}, or decimal text read with {@link parseRate} on the spot — for
 * literals and numbers already validated (`String(line.units)`); text from people goes through
 * {@link parseRate} first, so its mistakes come back as messages, not exceptions.
 *
 * @throws RangeError when `factor` is text that is not a rate, or the result leaves the
 * {@link Cents} range.
 * @example
 * ```ts
 * applyRate(cents(12345), rate('0.80')); // 9876 — 80% of $123.45
 * applyRate(cents(2200), '1.5');         // 3300 — 1.5 units at $22.00
 * ```
 */
export function applyRate(c: Cents, factor: Rate | string): Cents {
  const r = typeof factor === 'string' ? rate(factor) : factor;
  const product = BigInt(c) * r.scaled;
  return centsFromBigInt(roundHalfAwayFromZero(product, 10n ** BigInt(r.decimals)));
}
