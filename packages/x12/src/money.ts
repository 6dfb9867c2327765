/** An amount in integer cents (DESIGN.md: money is integer minor units, never a float). */
export type Cents = number & { readonly __brand: 'Cents' };

/** Largest magnitude accepted, in cents: X12 R elements carry at most 18 digits; JS integers 2^53. */
const maxCents = Number.MAX_SAFE_INTEGER;

/**
 * Parses an X12 `R` (decimal) element to integer cents exactly, without floating point:
 * `125` → 12500, `125.5` → 12550, `-12.30` → -1230, `.5` → 50, `12.500` → 1250.
 * Returns `undefined` for text that is not a decimal number or has non-zero digits beyond
 * the cent (X12.6 R type: optional leading minus, optional decimal point, digits).
 * `from`/`to` read a part of `text` (an element where it stands in a segment).
 */
export function parseCents(text: string, from = 0, to = text.length): Cents | undefined {
  let i = from;
  const negative = text.charCodeAt(i) === 45 && i < to;
  if (negative) i += 1;
  let whole = 0;
  let digits = 0;
  for (; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
    digits += 1;
  }
  let fraction = 0;
  if (i < to) {
    if (text.charCodeAt(i) !== 46) return undefined;
    i += 1;
    for (let place = 0; i < to; i += 1, place += 1) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return undefined;
      if (place === 0) fraction += c * 10;
      else if (place === 1) fraction += c;
      else if (c !== 0) return undefined;
      digits += 1;
    }
  }
  if (digits === 0) return undefined;
  if (whole > maxCents / 100) return undefined;
  const cents = whole * 100 + fraction;
  if (cents > maxCents) return undefined;
  return (negative && cents !== 0 ? -cents : cents) as Cents;
}

/** Writes cents as an X12 `R` value: no trailing zeros, no decimal point for whole amounts. */
export function formatCents(cents: Cents | number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  const body =
    fraction === 0
      ? String(whole)
      : fraction % 10 === 0
        ? `${whole}.${fraction / 10}`
        : `${whole}.${String(fraction).padStart(2, '0')}`;
  return negative ? `-${body}` : body;
}

/** Sum of amounts in cents. */
export function sumCents(values: Iterable<number>): Cents {
  let total = 0;
  for (const v of values) total += v;
  return total as Cents;
}
