import { isoDate, type IsoDate } from '@medbill/core';
import type { PlaceOfService, PlaceOfServiceRelease } from './place-of-service.ts';

/** A code CMS added to the Place of Service Code Set, with the change request that added it. */
interface PlaceOfServiceAddition extends PlaceOfService {
  readonly effectiveFrom: IsoDate;
  readonly source: string;
}

/**
 * Codes CMS added to the Place of Service Code Set after the lists medbill can read as files.
 * CMS publishes the code set only as a web page; each change comes with a change request, and
 * these are the published changes, as data, each with the date it took effect.
 */
export const CMS_PLACE_OF_SERVICE_ADDITIONS: readonly PlaceOfServiceAddition[] = [
  {
    code: '27',
    name: 'Outreach Site/Street',
    effectiveFrom: isoDate('2023-10-01'),
    source: 'CMS CR 13314, Transmittal 12411 (2023-12-14)',
  },
  {
    code: '66',
    name: 'Programs of All-Inclusive Care for the Elderly (PACE) Center',
    effectiveFrom: isoDate('2024-08-01'),
    source: 'CMS Transmittal 12779 (2024-07)',
  },
];

/**
 * The imported list followed by one release per later CMS addition it lacks: from each
 * addition's effective date the code is valid, and not before, so a 2022 claim with POS 27 is
 * still refused.
 */
export function withCmsAdditions(
  list: PlaceOfServiceRelease,
  additions: readonly PlaceOfServiceAddition[] = CMS_PLACE_OF_SERVICE_ADDITIONS,
): PlaceOfServiceRelease[] {
  const releases = [list];
  const missing = additions
    .filter((a) => !list.codes.has(a.code) && a.effectiveFrom > list.release.effectiveFrom)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (const addition of missing) {
    const previous = releases[releases.length - 1] ?? list;
    const codes = new Map(previous.codes);
    codes.set(addition.code, { code: addition.code, name: addition.name });
    releases.push({
      release: {
        ...previous.release,
        version: `${previous.release.version}+POS${addition.code}`,
        effectiveFrom: addition.effectiveFrom,
      },
      codes,
    });
  }
  return releases;
}
