import { addDays, isoDate, parseIsoDate, type IsoDate } from '@medbill/core';

/**
 * Reads a CMS `YYYYMMDD` date (HCPCS record layout fields 27–29, NCCI PTP effective and
 * deletion dates). Returns `undefined` for text that is not a real calendar date.
 */
export function parseYyyymmdd(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  if (!/^\d{8}$/.test(trimmed)) return undefined;
  const result = parseIsoDate(
    `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}`,
  );
  return result.ok ? result.value : undefined;
}

/**
 * Reads a CMS Julian date `YYYYDDD` (year and day of the year, 001–365/366), the form the NCCI
 * add-on code edit file uses for `AOC_Edit_EffDT` and the deletion dates: `2013091` is
 * 2013-04-01. Returns `undefined` for anything else.
 */
export function parseJulianYyyyddd(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  if (!/^\d{7}$/.test(trimmed)) return undefined;
  const year = trimmed.slice(0, 4);
  const day = Number(trimmed.slice(4));
  const first = parseIsoDate(`${year}-01-01`);
  if (!first.ok || day < 1) return undefined;
  const date = addDays(first.value, day - 1);
  return date.startsWith(year) ? date : undefined;
}

/** The day before `date`: where a release ends when the next one starts. */
export function dayBefore(date: IsoDate): IsoDate {
  return addDays(date, -1);
}

/** First day of a month given as numbers: `firstOfMonth(2026, 4)` is 2026-04-01. */
export function firstOfMonth(year: number, month: number): IsoDate {
  return isoDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
}
