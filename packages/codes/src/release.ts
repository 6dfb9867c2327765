import type { IsoDate } from '@medbill/core';

/** The code systems and edit tables medbill imports from official release files. */
export type CodeSystem =
  | 'icd10cm'
  | 'icd10pcs'
  | 'hcpcs'
  | 'cpt'
  | 'pfs'
  | 'ncci-ptp'
  | 'mue'
  | 'aoc'
  | 'taxonomy'
  | 'pos'
  | 'carc'
  | 'rarc';

/**
 * One imported release of one code system: the unit of versioning. A lookup for a date of
 * service uses the release in force on that date; loading FY2026 next to FY2025 keeps both.
 */
export interface Release {
  readonly system: CodeSystem;
  /** As the publisher names it: `FY2026`, `2026-04`, `RVU26C`, `2026Q2`. */
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  /** Open-ended until a later release of the same system starts. */
  readonly effectiveTo?: IsoDate;
  /** The file(s) it was read from, by name and SHA-256, so that a re-import is recognised. */
  readonly sources: readonly { readonly name: string; readonly sha256: string }[];
}
