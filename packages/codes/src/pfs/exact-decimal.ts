import { cents, parseRate, type Cents } from '@medbill/core';

/**
 * An exact non-negative decimal: an RVU (`1.30`), a GPCI (`0.869`), a conversion factor
 * (`32.3465`) or a product of them. `scaled` holds the digits, `decimals` how many follow the
 * point, so `1.30 × 0.869` is exactly `1.12970` and no float is ever involved. Core's `Rate`
 * has the same shape, so any `Rate` is an `ExactDecimal`.
 */
export interface ExactDecimal {
  readonly scaled: bigint;
  readonly decimals: number;
}

/** Zero, with no decimals. */
export const ZERO_DECIMAL: ExactDecimal = { scaled: 0n, decimals: 0 };

/** Reads decimal text as CMS writes it (`0.869`, `1`, `.50`); `undefined` if it is not one. */
export function parseDecimal(text: string): ExactDecimal | undefined {
  const result = parseRate(text);
  return result.ok && !text.includes('%') ? result.value : undefined;
}

/** `a × b`, exactly. */
export function multiplyDecimal(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  return { scaled: a.scaled * b.scaled, decimals: a.decimals + b.decimals };
}

/** `a + b`, exactly (the result has the larger number of decimals). */
export function addDecimal(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
  const decimals = Math.max(a.decimals, b.decimals);
  return {
    scaled:
      a.scaled * 10n ** BigInt(decimals - a.decimals) +
      b.scaled * 10n ** BigInt(decimals - b.decimals),
    decimals,
  };
}

/** Writes the exact value with all its decimals: `{ 253065n, 5 }` → `"2.53065"`. */
export function formatDecimal(d: ExactDecimal): string {
  if (d.decimals === 0) return d.scaled.toString();
  const digits = d.scaled.toString().padStart(d.decimals + 1, '0');
  return `${digits.slice(0, -d.decimals)}.${digits.slice(-d.decimals)}`;
}

/**
 * THE rounding step of fee-schedule pricing: an exact dollar amount becomes whole cents,
 * halves rounded up (away from zero; amounts here are never negative), the way the CMS PFS
 * look-up tool shows a payment rounded to the cent. Everything before it is exact.
 *
 * @example
 * ```ts
 * dollarsToCents({ scaled: 81857670225n, decimals: 9 }); // 8186 — $81.857670225 → $81.86
 * ```
 */
export function dollarsToCents(dollars: ExactDecimal): Cents {
  const centsScaled = dollars.scaled * 100n;
  const divisor = 10n ** BigInt(dollars.decimals);
  const whole = centsScaled / divisor;
  const rest = centsScaled % divisor;
  return cents(Number(2n * rest >= divisor ? whole + 1n : whole));
}

/** Orders two decimals by value: -1, 0 or 1 (`1` and `1.000` are equal). */
export function compareDecimal(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  const decimals = Math.max(a.decimals, b.decimals);
  const left = a.scaled * 10n ** BigInt(decimals - a.decimals);
  const right = b.scaled * 10n ** BigInt(decimals - b.decimals);
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

/** Whether two decimals are the same number (`1` and `1.000` are). */
export function decimalEquals(a: ExactDecimal, b: ExactDecimal): boolean {
  return compareDecimal(a, b) === 0;
}
