import type { IsoDate } from '@medbill/core';
import { firstOfMonth } from '../common/cms-dates.ts';

const QUARTERS = { JAN: 1, APR: 4, JUL: 7, OCT: 10 } as const;

/**
 * Names a release after its CMS file: `HCPC2026_APR_ANWEB.txt` is quarterly update `2026-04`,
 * effective 2026-04-01; `HCPC2019_CONTR_ANWEB.txt` (the annual "contractor" file) is `2019-01`,
 * effective 2019-01-01. Returns `undefined` for a name in neither form.
 */
export function hcpcsReleaseFromName(
  name: string,
): { version: string; effectiveFrom: IsoDate } | undefined {
  const base = name.split('/').pop() ?? name;
  const match = /^HCPC(\d{4})_(JAN|APR|JUL|OCT|CONTR)_ANWEB/i.exec(base);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const period = (match[2] ?? '').toUpperCase();
  const month = period === 'CONTR' ? 1 : QUARTERS[period as keyof typeof QUARTERS];
  return {
    version: `${year}-${String(month).padStart(2, '0')}`,
    effectiveFrom: firstOfMonth(year, month),
  };
}

/** Whether a file is the HCPCS record file itself (not the transaction report or NOC list). */
export function isAnwebFile(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return /^HCPC\d{4}_(JAN|APR|JUL|OCT|CONTR)_ANWEB(_v\d+)?\.(txt|xlsx)$/i.test(base);
}
