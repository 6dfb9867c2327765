import { isoDate, type IsoDate } from '@medbill/core';

/** The version and effective period that a CDC file name announces. */
export interface Icd10cmReleasePeriod {
  /** `FY2026`, or `FY2025-04` for an April 1 update, `FY2021-01` for a January 1 update. */
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  apr: 4,
  april: 4,
};

/** `...-2026.txt`, `...-April-2025.txt`, `...-Jan-2021.txt`, `..._2021.xml` */
const NAME = /(?:[-_ ](jan(?:uary)?|apr(?:il)?))?[-_ ](\d{4})\.(?:txt|xml)$/i;

/**
 * Reads the fiscal year and start date from a CDC ICD-10-CM file name. The code set runs by the
 * federal fiscal year: FY N is in force from October 1 of N-1 to September 30 of N (HIPAA
 * code-set rule, 45 CFR 162.1002). Mid-year updates are named after their month and start on
 * its first day: `icd10cm-order-April-2025.txt` is in force from 2025-04-01, and the corrected
 * `icd10cm-order-Jan-2021.txt` (which added the COVID-19 codes J12.82, M35.81, Z20.822...) from
 * 2021-01-01. All of them end with their fiscal year.
 *
 * @example
 * ```ts
 * releasePeriodFromFileName('icd10cm-order-2026.txt');
 * // { version: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30' }
 * ```
 */
export function releasePeriodFromFileName(name: string): Icd10cmReleasePeriod | undefined {
  const match = NAME.exec(name);
  if (!match?.[2]) return undefined;
  const year = Number(match[2]);
  const month = match[1] === undefined ? undefined : MONTHS[match[1].toLowerCase()];
  const effectiveTo = isoDate(`${year}-09-30`);
  if (month === undefined) {
    return { version: `FY${year}`, effectiveFrom: isoDate(`${year - 1}-10-01`), effectiveTo };
  }
  const mm = String(month).padStart(2, '0');
  return { version: `FY${year}-${mm}`, effectiveFrom: isoDate(`${year}-${mm}-01`), effectiveTo };
}
