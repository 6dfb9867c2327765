import type { IsoDate } from '@medbill/core';
import { firstOfMonth, parseYyyymmdd } from '../common/cms-dates.ts';

/** A quarter as NCCI names it (`2026Q2`) and its first day. */
export interface NcciQuarter {
  readonly version: string;
  readonly effectiveFrom: IsoDate;
}

/** The quarter that starts on a date: 2026-04-01 → `2026Q2`. */
export function quarterOf(date: IsoDate): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The release of an NCCI file from its CMS name:
 * - MUE tables: `MCR_MUE_PractitionerServices_Eff_04-01-2026.csv` → `2026Q2`, from 2026-04-01;
 * - add-on code edits: `AOC_V2026Q2-MCR.xlsx` → `2026Q2`, from 2026-04-01;
 * - PTP edits: `ccipra-v321r0-f1.txt` → version `32.1`. NCCI numbers versions year − 1994 and
 *   quarter − 1 (`31.0` January 2025, `32.1` April 2026), so `32.1` starts 2026-04-01.
 */
export function ncciReleaseFromName(name: string): NcciQuarter | undefined {
  const base = name.split('/').pop() ?? name;
  const mue = /_Eff_(\d{2})-(\d{2})-(\d{4})/i.exec(base);
  if (mue !== null) {
    const date = parseYyyymmdd(`${mue[3] ?? ''}${mue[1] ?? ''}${mue[2] ?? ''}`);
    return date === undefined ? undefined : { version: quarterOf(date), effectiveFrom: date };
  }
  const aoc = /^AOC_V(\d{4})Q([1-4])/i.exec(base);
  if (aoc !== null) {
    const quarter = Number(aoc[2]);
    return {
      version: `${aoc[1] ?? ''}Q${quarter}`,
      effectiveFrom: firstOfMonth(Number(aoc[1]), quarter * 3 - 2),
    };
  }
  const ptp = /^cci[a-z]{3}-v(\d{2})(\d)r\d+/i.exec(base);
  if (ptp !== null) {
    const minor = Number(ptp[2]);
    if (minor > 3) return undefined;
    return {
      version: `${ptp[1] ?? ''}.${minor}`,
      effectiveFrom: firstOfMonth(1994 + Number(ptp[1]), minor * 3 + 1),
    };
  }
  return undefined;
}
