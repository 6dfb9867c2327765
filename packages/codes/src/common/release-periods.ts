import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { dayBefore } from './cms-dates.ts';

/**
 * Orders the releases of one system by start and closes each one the day before the next
 * starts (`Release.effectiveTo`); the last stays open-ended. Two releases starting the same
 * day keep the one given last, so re-importing a corrected file replaces the earlier copy.
 */
export function closeReleasePeriods<T extends { readonly release: Release }>(
  items: readonly T[],
): T[] {
  const byStart = new Map<string, T>();
  for (const item of items) byStart.set(item.release.effectiveFrom, item);
  const sorted = [...byStart.values()].sort((a, b) =>
    a.release.effectiveFrom < b.release.effectiveFrom ? -1 : 1,
  );
  return sorted.map((item, index) => {
    const next = sorted[index + 1];
    const { system, version, effectiveFrom, sources } = item.release;
    const open: Release = { system, version, effectiveFrom, sources };
    if (next === undefined) return { ...item, release: open };
    return { ...item, release: { ...open, effectiveTo: dayBefore(next.release.effectiveFrom) } };
  });
}

/** The release in force on `date`: the latest one starting on or before it, if any. */
export function releaseOn<T extends { readonly release: Release }>(
  sorted: readonly T[],
  date: IsoDate,
): T | undefined {
  let found: T | undefined;
  for (const item of sorted) {
    if (item.release.effectiveFrom <= date) found = item;
    else break;
  }
  return found;
}
