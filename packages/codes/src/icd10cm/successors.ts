import type { IsoDate } from '@medbill/core';
import { successorsOf } from './conversion-table.ts';
import type { Icd10cmStore } from './icd10cm-store.ts';

/**
 * The billable codes on a date of service that replaced a deleted or expanded code, from the CDC
 * conversion table (new code ← previous code), following replacements of replacements. Empty
 * without a conversion table or when the table names none.
 *
 * @example
 * ```ts
 * billableSuccessors(store, 'S301XXA', isoDate('2026-01-15')); // ['S3011XA', 'S3012XA', 'S3013XA']
 * ```
 */
export function billableSuccessors(
  store: Icd10cmStore,
  code: string,
  dateOfService: IsoDate,
): string[] {
  const table = store.conversions;
  const release = store.codes.releaseOn(dateOfService);
  if (!table || release === undefined) return [];
  const found = new Set<string>();
  const seen = new Set<string>([code]);
  let frontier = [code];
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const old of frontier) {
      for (const { current } of successorsOf(table, old)) {
        if (seen.has(current)) continue;
        seen.add(current);
        if (store.codes.versionIn(current, release)?.billable === true) found.add(current);
        else next.push(current);
      }
    }
    frontier = next;
  }
  return [...found].sort();
}
