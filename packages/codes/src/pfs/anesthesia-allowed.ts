import type { Cents } from '@medbill/core';
import {
  addDecimal,
  dollarsToCents,
  formatDecimal,
  multiplyDecimal,
  parseDecimal,
} from './exact-decimal.ts';
import type { LocalityId, PfsLocalityRelease } from './pfs-types.ts';

/** The anesthesia allowed amount, or why there is none. */
export type AnesthesiaAllowed =
  | { readonly priced: true; readonly amount: Cents; readonly arithmetic: string }
  | { readonly priced: false; readonly message: string };

/**
 * The Medicare allowed amount for an anesthesia service (PFS status J codes, which are not
 * priced from RVUs): (base units + time units) × the locality's anesthesia conversion factor
 * (ANES file, RVU25D.pdf), rounded once to cents. Base units are the code's (CMS anesthesia
 * base units file; the HCPCS file's field 26 for Level II codes); time units are minutes ÷ 15,
 * given as decimal text (`2.5`) so no division is made here. Medical direction reductions
 * (QK, QX, QY: 50%) are the caller's.
 *
 * @example
 * ```ts
 * anesthesiaAllowed('5', '2.5', '10112-00', localities2025); // (5 + 2.5) × 19.31 = $144.83
 * ```
 */
export function anesthesiaAllowed(
  baseUnits: string,
  timeUnits: string,
  locality: LocalityId,
  localities: PfsLocalityRelease,
): AnesthesiaAllowed {
  const base = parseDecimal(baseUnits);
  const time = parseDecimal(timeUnits);
  if (base === undefined || time === undefined) {
    return {
      priced: false,
      message: `expected units like 5 and 2.5, got ${baseUnits} and ${timeUnits}`,
    };
  }
  const cf = localities.anesthesia.get(locality)?.conversionFactor;
  if (cf === undefined) {
    return {
      priced: false,
      message: `no anesthesia CF for locality ${locality} in ${localities.year}`,
    };
  }
  const units = addDecimal(base, time);
  return {
    priced: true,
    amount: dollarsToCents(multiplyDecimal(units, cf)),
    arithmetic: `(${formatDecimal(base)} + ${formatDecimal(time)}) × ${formatDecimal(cf)}`,
  };
}
