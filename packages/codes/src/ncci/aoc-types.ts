import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';

/**
 * AOC edit type (CMS, "Add-on Code Edits", and NCCI Policy Manual chapter 1, section W):
 * 1 the add-on is paid only with one of the listed primary codes; 2 CMS lists no primary
 * codes, the contractor decides (`CCCCC`); 3 some primaries are listed, and the contractor
 * may allow others.
 */
export type AocEditType = 1 | 2 | 3;

/** The primary code CMS writes for "contractor defined primary codes". */
export const CONTRACTOR_DEFINED_PRIMARY = 'CCCCC';

/** One row of the add-on code edit table: an add-on code and one primary code. */
export interface AocEdit {
  readonly type: AocEditType;
  readonly addOnCode: string;
  /** `CCCCC` for contractor-defined primaries. */
  readonly primaryCode: string;
  readonly addOnDeletedOn?: IsoDate;
  readonly primaryDeletedOn?: IsoDate;
  readonly effectiveFrom: IsoDate;
  /** The edit's deletion date, the last day it applies (CMS deletes edits at quarter ends: 2017365). */
  readonly deletedOn?: IsoDate;
  readonly notes: string;
}

/** One AOC table: a release of the `aoc` system, rows grouped by add-on code. */
export interface AocRelease {
  readonly release: Release;
  readonly byAddOn: ReadonlyMap<string, readonly AocEdit[]>;
  readonly rowCount: number;
}
