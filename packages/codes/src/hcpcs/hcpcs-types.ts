import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';

/**
 * HCPCS action code (record layout field 30): A add, B change in administrative data and long
 * description, C change in long description, D discontinue, F change in administrative data,
 * N no maintenance, P payment change, R re-activate, S change in short description, T
 * miscellaneous change (BETOS, type of service).
 */
export type HcpcsActionCode = 'A' | 'B' | 'C' | 'D' | 'F' | 'N' | 'P' | 'R' | 'S' | 'T';

/** The action codes the record layout defines, in its order. */
export const HCPCS_ACTION_CODES: readonly HcpcsActionCode[] = [
  'A',
  'B',
  'C',
  'D',
  'F',
  'N',
  'P',
  'R',
  'S',
  'T',
];

/**
 * Medicare coverage code (record layout field 16): C carrier judgment, D special coverage
 * instructions apply, I not payable by Medicare, M non-covered by Medicare, S non-covered by
 * Medicare statute.
 */
export type HcpcsCoverageCode = 'C' | 'D' | 'I' | 'M' | 'S';

/** The coverage codes the record layout defines. */
export const HCPCS_COVERAGE_CODES: readonly HcpcsCoverageCode[] = ['C', 'D', 'I', 'M', 'S'];

/** Dates and action shared by procedure codes and modifiers (record layout fields 27–30). */
export interface HcpcsDates {
  /** Field 27, "HCPCS Code Added Date". */
  readonly addDate?: IsoDate;
  /** Field 28, "HCPCS Action Effective Date": when the action in {@link actionCode} applies. */
  readonly actionEffectiveDate?: IsoDate;
  /** Field 29: the last date the code may be used by Medicare providers. */
  readonly terminationDate?: IsoDate;
  /** Field 30. */
  readonly actionCode: HcpcsActionCode;
}

/** One HCPCS Level II procedure code (record identification code 3, with its RIC 4 lines). */
export interface HcpcsCode extends HcpcsDates {
  readonly code: string;
  /** Field 7, joined across continuation records. */
  readonly longDescription: string;
  /** Field 8 (28 characters or less). */
  readonly shortDescription: string;
  /** Field 9, one to four two-digit pricing indicators (`11` national RVUs, `51` drugs…). */
  readonly pricingIndicators: readonly string[];
  /** Field 16; the file leaves it blank for a few codes. */
  readonly coverage?: HcpcsCoverageCode;
  /** Field 23, Berenson-Eggers type of service (`M1B` office visits - established). */
  readonly betos?: string;
  /** Field 25, one to five CMS type-of-service codes. */
  readonly typesOfService: readonly string[];
  /** Field 26, anesthesia base units, when the file gives them. */
  readonly anesthesiaBaseUnits?: number;
}

/** One HCPCS modifier (record identification code 7, with its RIC 8 lines). */
export interface HcpcsModifier extends HcpcsDates {
  readonly modifier: string;
  readonly longDescription: string;
  readonly shortDescription: string;
}

/** One imported HCPCS Level II file: a release of the `hcpcs` system. */
export interface HcpcsRelease {
  readonly release: Release;
  readonly codes: ReadonlyMap<string, HcpcsCode>;
  readonly modifiers: ReadonlyMap<string, HcpcsModifier>;
}
