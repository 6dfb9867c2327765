import type { Release } from '../release.ts';

/**
 * MUE adjudication indicator (MAI): 1 line edit (units per claim line), 2 date-of-service edit
 * based on policy (absolute: units above the MUE on a date are denied, appeals do not help),
 * 3 date-of-service edit based on clinical benchmarks (may be paid on appeal with
 * documentation). CMS, "Medically Unlikely Edits" and NCCI Policy Manual chapter 1, section V.
 */
export type MueAdjudicationIndicator = 1 | 2 | 3;

/** One row of a practitioner-services MUE table. */
export interface Mue {
  readonly code: string;
  /** Units of service allowed (per line for MAI 1, per date of service for MAI 2 and 3). */
  readonly value: number;
  readonly indicator: MueAdjudicationIndicator;
  /** The indicator cell as CMS writes it: `2 Date of Service Edit: Policy`. */
  readonly indicatorText: string;
  /** `CMS Policy`, `Clinical: Data`, `Anatomic Consideration`… */
  readonly rationale: string;
}

/** One MUE table: a release of the `mue` system. */
export interface MueRelease {
  readonly release: Release;
  /** `Practitioner` (from the heading "Practitioner Services MUE Values"). */
  readonly setting: string;
  readonly edits: ReadonlyMap<string, Mue>;
}
