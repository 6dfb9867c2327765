import type { Cents } from './cents.ts';

function splitDollars(c: Cents): { sign: '' | '-'; dollars: string; fraction: string } {
  // String digits rather than division, so no float step can disturb the last cent.
  const digits = String(Math.abs(c)).padStart(3, '0');
  return {
    sign: c < 0 ? '-' : '',
    dollars: digits.slice(0, -2),
    fraction: digits.slice(-2),
  };
}

/**
 * Formats cents as canonical decimal text: optional minus, dollars, a point and exactly two
 * decimals, no symbol and no grouping. This is the form CSV exports use and the form
 * `parseMoney` reads back; X12 writers trim it further (the X12 `R` type drops trailing zeros).
 *
 * @example
 * ```ts
 * formatMoney(cents(123450)); // "1234.50"
 * formatMoney(cents(-5));     // "-0.05"
 * ```
 */
export function formatMoney(c: Cents): string {
  const { sign, dollars, fraction } = splitDollars(c);
  return `${sign}${dollars}.${fraction}`;
}

/**
 * Formats cents for people: dollar sign, thousands grouped with commas, minus before the sign.
 * Patient statements and screens; never for files other programs read.
 *
 * @example
 * ```ts
 * formatUsd(cents(123450)); // "$1,234.50"
 * formatUsd(cents(-5));     // "-$0.05"
 * ```
 */
export function formatUsd(c: Cents): string {
  const { sign, dollars, fraction } = splitDollars(c);
  const grouped = dollars.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}$${grouped}.${fraction}`;
}
