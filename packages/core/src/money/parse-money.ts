import {
  parseFailure,
  parseOk,
  quoteInput,
  type ParseResult,
} from '../identifiers/parse-result.ts';
import { MAX_CENTS, MIN_CENTS, type Cents } from './cents.ts';
import { formatMoney } from './format-money.ts';

const PLAIN = /^(-?)(\d*)(?:\.(\d*))?$/;
const LOOSE =
  /^(?<open>\()?(?<minusBefore>-)?(?<dollar>\$)?(?<minusAfter>-)?(?<whole>[\d,]*)(?:\.(?<fraction>\d*))?(?<close>\))?$/;
const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const EXPONENT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)[eE][-+]?\d+$/;

/**
 * Builds cents from the digits before and after the point, in `bigint`, so the value never
 * passes through a binary float. Extra decimals are accepted only when they are zeros
 * (`12.300` is 1230 cents); anything finer than a cent is refused rather than rounded.
 */
function digitsToCents(
  negative: boolean,
  whole: string,
  fraction: string,
  text: string,
): ParseResult<Cents> {
  if (whole === '' && fraction === '') return parseFailure(generalProblem(text));
  const extra = fraction.slice(2);
  if (/[1-9]/.test(extra)) {
    return parseFailure(
      `expected an amount like 1234.50 with at most two decimals, got ${quoteInput(text)}`,
    );
  }
  const significant = whole.replace(/^0+/, '');
  const magnitude =
    significant.length > 12
      ? undefined
      : BigInt(`${significant}${fraction.slice(0, 2).padEnd(2, '0')}`);
  if (magnitude === undefined || magnitude > BigInt(MAX_CENTS)) {
    return parseFailure(
      `expected an amount between ${formatMoney(MIN_CENTS)} and ${formatMoney(MAX_CENTS)}, got ${quoteInput(text)}`,
    );
  }
  const value = Number(magnitude);
  return parseOk((negative && value !== 0 ? -value : value) as Cents);
}

function generalProblem(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return `expected an amount like 1234.50, got ${quoteInput(text)}`;
  if (EXPONENT.test(trimmed)) {
    return `expected a plain amount like 1234.50, not scientific notation, got ${quoteInput(text)}`;
  }
  return `expected an amount like 1234.50 or -12.30, got ${quoteInput(text)}`;
}

/**
 * Reads a money amount from canonical decimal text: an optional leading minus, digits, and an
 * optional point with up to two decimals (`0.1`, `1234.5`, `-12.30`, `.5`, `12.`). Surrounding
 * spaces are ignored. This is the shape of fee schedule and export CSVs and of the X12 `R`
 * decimal type (X12.6 §3.5.1: leading minus only, no plus sign, no triad separators). X12.6
 * also allows a trailing base-10 exponent (`1E3`); medbill refuses it, so an X12 reader that
 * ever meets one must expand it before calling this.
 *
 * The text is read digit by digit into whole cents, never through a float, so `0.1` is exactly
 * 10 cents. Decimals past the second are accepted only when they are zeros (`1.230`), since no
 * value is lost; `1.234` is refused, not rounded. `-0` reads as 0.
 *
 * Rejects `$`, commas, parentheses, a plus sign, exponents (`1e3`), `NaN`, `Infinity` and
 * amounts beyond ±999,999,999,999.99; use {@link parseMoneyLoose} for what people type.
 *
 * @example
 * ```ts
 * parseMoney('1234.5');  // { ok: true, value: 123450 }
 * parseMoney('12.345');  // { ok: false, error: 'expected an amount like 1234.50 with at most two decimals, got "12.345"' }
 * ```
 */
export function parseMoney(text: string): ParseResult<Cents> {
  const match = PLAIN.exec(text.trim());
  if (match === null) {
    if (/[$,()]/.test(text)) {
      return parseFailure(
        `expected a plain amount like 1234.50 without $, commas or parentheses, got ${quoteInput(text)}`,
      );
    }
    return parseFailure(generalProblem(text));
  }
  return digitsToCents(match[1] === '-', match[2] ?? '', match[3] ?? '', text);
}

/**
 * Reads a money amount the way people type and spreadsheets print it: everything
 * {@link parseMoney} accepts, plus a dollar sign (`$1,234.50`, `-$12.30`, `$-12.30`), thousands
 * separated by commas in correct groups of three (`1,234,567.00`; `12,34.00` is refused), and
 * accounting parentheses for negatives (`(12.30)`, `($1,234.50)`).
 *
 * @example
 * ```ts
 * parseMoneyLoose('($1,234.50)'); // { ok: true, value: -123450 }
 * ```
 */
export function parseMoneyLoose(text: string): ParseResult<Cents> {
  const groups = LOOSE.exec(text.trim())?.groups;
  if (groups === undefined) return parseFailure(generalProblem(text));
  const { open, close, minusBefore, minusAfter } = groups;
  let whole = groups['whole'] ?? '';
  if ((open === undefined) !== (close === undefined)) {
    return parseFailure(
      `expected parentheses on both sides of a negative amount, like (12.30), got ${quoteInput(text)}`,
    );
  }
  const minusCount = [open, minusBefore, minusAfter].filter((mark) => mark !== undefined).length;
  if (minusCount > 1) {
    return parseFailure(
      `expected one minus sign or parentheses, not both, like -12.30 or (12.30), got ${quoteInput(text)}`,
    );
  }
  if (whole.includes(',')) {
    if (!GROUPED.test(whole)) {
      return parseFailure(
        `expected thousands separated by commas in groups of three, like 1,234.50, got ${quoteInput(text)}`,
      );
    }
    whole = whole.replaceAll(',', '');
  }
  return digitsToCents(minusCount === 1, whole, groups['fraction'] ?? '', text);
}
