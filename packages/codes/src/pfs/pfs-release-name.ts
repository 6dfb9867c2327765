import type { IsoDate } from '@medbill/core';
import { firstOfMonth } from '../common/cms-dates.ts';

const RELEASES = { JAN: ['A', 1], APR: ['B', 4], JUL: ['C', 7], OCT: ['D', 10] } as const;

/**
 * Names a PFS release after its RVU file: `PPRRVU2026_Jul_nonQPP.csv` is `RVU26C` (CMS letters
 * the quarterly releases A January, B April, C July, D October), effective 2026-07-01, for fee
 * schedule year 2026. Returns `undefined` for other names.
 */
export function pfsReleaseFromName(
  name: string,
): { version: string; year: number; effectiveFrom: IsoDate } | undefined {
  const base = name.split('/').pop() ?? name;
  const match = /^PPRRVU(\d{4}|\d{2})_?(JAN|APR|JUL|OCT)/i.exec(base);
  if (match === null) return undefined;
  const digits = match[1] ?? '';
  const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  const [letter, month] = RELEASES[(match[2] ?? '').toUpperCase() as keyof typeof RELEASES];
  return {
    version: `RVU${String(year % 100).padStart(2, '0')}${letter}`,
    year,
    effectiveFrom: firstOfMonth(year, month),
  };
}

/** The fee-schedule year a GPCI, ANES or LOCCO file is for: `GPCI2025.csv`, `25LOCCO.csv`. */
export function localityFileYear(name: string): number | undefined {
  const base = name.split('/').pop() ?? name;
  const match = /^(?:GPCI|ANES)(\d{4})|^(\d{2})LOCCO/i.exec(base);
  if (match === null) return undefined;
  return match[1] !== undefined ? Number(match[1]) : 2000 + Number(match[2]);
}
