/**
 * Dollars as a biller types them ("12", "12.5", "$1,234.56") → integer cents, never through a
 * float; undefined for anything else (negative, more than two decimals, letters).
 */
export function parseDollars(text: string): number | undefined {
  const match = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{0,2}))?$/.exec(text.trim());
  if (!match || (match[1] === undefined && !match[2])) return undefined;
  const whole = Number((match[1] ?? '0').replace(/,/g, ''));
  const cents = whole * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Cents as the API's money fields take them: 1234 → "12.34". */
export function decimalOf(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
