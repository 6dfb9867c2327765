import type { IsoDate } from '@medbill/core';
import { closeReleasePeriods, releaseOn } from '../common/release-periods.ts';
import type { PfsSchedule } from './medicare-allowed.ts';
import type { PfsLocalityRelease, PfsRvuRelease } from './pfs-types.ts';

/** Every loaded RVU release and the locality files of every loaded year. */
export interface PfsStore {
  readonly rvus: readonly PfsRvuRelease[];
  readonly localities: readonly PfsLocalityRelease[];
}

/** Keeps RVU releases (ordered, each closed where the next starts) and locality years. */
export function createPfsStore(
  rvus: readonly PfsRvuRelease[],
  localities: readonly PfsLocalityRelease[],
): PfsStore {
  return {
    rvus: closeReleasePeriods(rvus),
    localities: [...localities].sort((a, b) => a.year - b.year),
  };
}

/**
 * The fee schedule for a date of service: the RVU release in force, with the locality files of
 * its year, or of the latest earlier year when that year's are not loaded (CY2026 RVUs with
 * CY2025 GPCIs; `medicareAllowed` then says so in its notes). `undefined` when no RVU release
 * covers the date or no locality files are loaded for that year or before.
 */
export function pfsScheduleOn(store: PfsStore, dos: IsoDate): PfsSchedule | undefined {
  const rvu = releaseOn(store.rvus, dos);
  if (rvu === undefined) return undefined;
  const localities = store.localities.filter((release) => release.year <= rvu.year).at(-1);
  return localities === undefined ? undefined : { rvu, localities };
}
