/** How the UB-04 writes dates and amounts. */
import type { IsoDate } from '@medbill/core';

/** `MMDDYY` (FL 6, 12, 31–36, 45, 74) or `MMDDYYYY` (FL 10), no separators. */
export function ubDate(date: IsoDate, year: 'YY' | 'YYYY'): string {
  const yyyy = date.slice(0, 4);
  return `${date.slice(5, 7)}${date.slice(8, 10)}${year === 'YY' ? yyyy.slice(2) : yyyy}`;
}

/**
 * FL 39–41, 47, 54: dollars and cents without the point, right-justified so that the cents fall in
 * the form's cents columns (`65000` for $650.00).
 */
export function ubAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0)
    throw new Error(`a UB-04 amount must be whole cents, not negative: ${cents}`);
  return String(cents).padStart(3, '0');
}
