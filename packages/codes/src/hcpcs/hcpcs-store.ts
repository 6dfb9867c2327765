import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';
import { closeReleasePeriods, releaseOn } from '../common/release-periods.ts';
import type { HcpcsCode, HcpcsDates, HcpcsModifier, HcpcsRelease } from './hcpcs-types.ts';

/** Every loaded HCPCS release, ordered by start, each closed where the next begins. */
export interface HcpcsStore {
  readonly releases: readonly HcpcsRelease[];
}

/** Keeps several HCPCS releases side by side (loading 2026-04 next to 2025-10 keeps both). */
export function createHcpcsStore(releases: readonly HcpcsRelease[]): HcpcsStore {
  return { releases: closeReleasePeriods(releases) };
}

/**
 * The answer to "may this code be billed on this date of service?":
 * - `valid`: in the release in force, added on or before the date, not terminated before it;
 * - `not-yet-added`: listed, but its add date is after the date of service;
 * - `terminated`: its termination date (the last day it may be used) is before the date;
 * - `unknown`: not in the release in force on that date;
 * - `no-release`: no release loaded covers the date.
 */
export type HcpcsLookup<T> =
  | {
      readonly status: 'valid' | 'not-yet-added' | 'terminated';
      readonly entry: T;
      readonly release: Release;
    }
  | { readonly status: 'unknown'; readonly release: Release }
  | { readonly status: 'no-release' };

/**
 * Looks up a HCPCS Level II code on a date of service in the release in force on that date,
 * honouring the code's add and termination dates (record layout fields 27 and 29).
 *
 * @example
 * ```ts
 * hcpcsOn(store, 'G0008', isoDate('2026-04-15')); // { status: 'valid', entry: {…}, release: 2026-04 }
 * ```
 */
export function hcpcsOn(store: HcpcsStore, code: string, dos: IsoDate): HcpcsLookup<HcpcsCode> {
  return lookup(store, dos, (release) => release.codes.get(code.trim().toUpperCase()));
}

/** Looks up a HCPCS modifier (`25`, `RT`, `GA`) on a date of service, as {@link hcpcsOn}. */
export function hcpcsModifierOn(
  store: HcpcsStore,
  modifier: string,
  dos: IsoDate,
): HcpcsLookup<HcpcsModifier> {
  return lookup(store, dos, (release) => release.modifiers.get(modifier.trim().toUpperCase()));
}

function lookup<T extends HcpcsDates>(
  store: HcpcsStore,
  dos: IsoDate,
  find: (release: HcpcsRelease) => T | undefined,
): HcpcsLookup<T> {
  const inForce = releaseOn(store.releases, dos);
  if (inForce === undefined) return { status: 'no-release' };
  const entry = find(inForce);
  const release = inForce.release;
  if (entry === undefined) return { status: 'unknown', release };
  if (entry.addDate !== undefined && dos < entry.addDate)
    return { status: 'not-yet-added', entry, release };
  if (entry.terminationDate !== undefined && dos > entry.terminationDate) {
    return { status: 'terminated', entry, release };
  }
  return { status: 'valid', entry, release };
}
