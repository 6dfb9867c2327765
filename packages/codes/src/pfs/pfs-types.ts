import type { Release } from '../release.ts';
import type { ExactDecimal } from './exact-decimal.ts';

/**
 * One row of the national physician fee schedule relative value file (PPRRVU, "RVU25D.pdf"
 * record layout): a HCPCS/CPT code and modifier (blank, `26` professional component, `TC`
 * technical component, `53` discontinued) with its RVUs and payment policy indicators.
 * No descriptor is kept: CPT descriptors are the AMA's and dental ones the ADA's (the file's
 * own notice); Level II text comes from the HCPCS file.
 */
export interface PfsRvu {
  readonly code: string;
  /** `''` for the row without a modifier. */
  readonly modifier: string;
  /** Status code: `A` active, `R` restricted, `T` injections, `C` carrier priced, `I` not valid… */
  readonly status: string;
  readonly workRvu: ExactDecimal;
  readonly nonFacilityPeRvu: ExactDecimal;
  readonly facilityPeRvu: ExactDecimal;
  readonly mpRvu: ExactDecimal;
  /** "NA": the PE RVU does not apply in that setting, so no payment is computed there. */
  readonly nonFacilityNa: boolean;
  readonly facilityNa: boolean;
  /** PC/TC indicator 0–9. */
  readonly pctc: string;
  /** Global days: `000`, `010`, `090`, `MMM`, `XXX`, `YYY`, `ZZZ`. */
  readonly globalDays: string;
  readonly preOp: ExactDecimal;
  readonly intraOp: ExactDecimal;
  readonly postOp: ExactDecimal;
  readonly multipleProcedure: string;
  readonly bilateralSurgery: string;
  readonly assistantAtSurgery: string;
  readonly coSurgeons: string;
  readonly teamSurgery: string;
  readonly endoscopicBase: string;
  readonly conversionFactor: ExactDecimal;
  readonly physicianSupervision: string;
  readonly imagingFamily: string;
  /**
   * PE and MP RVUs "used for OPPS payment amount": non-zero for imaging services under the
   * OPPS cap (Deficit Reduction Act of 2005, section 5102(b)); all zero elsewhere.
   */
  readonly oppsNonFacilityPeRvu: ExactDecimal;
  readonly oppsFacilityPeRvu: ExactDecimal;
  readonly oppsMpRvu: ExactDecimal;
  /** The "NOT USED FOR MEDICARE PAYMENT" column holds `+`. */
  readonly notUsedForMedicarePayment: boolean;
}

/** One PPRRVU file: a release of the `pfs` system, keyed `code` or `code-modifier`. */
export interface PfsRvuRelease {
  readonly release: Release;
  /** Calendar year of the fee schedule (2026 for RVU26C). */
  readonly year: number;
  readonly rvus: ReadonlyMap<string, PfsRvu>;
}

/**
 * A Medicare payment locality, identified by its MAC number and locality number: `01112-05`
 * (San Francisco), `10112-00` (Alabama).
 */
export type LocalityId = string;

/** One row of the GPCI file (Addendum E). */
export interface Gpci {
  readonly locality: LocalityId;
  readonly mac: string;
  readonly localityNumber: string;
  readonly state: string;
  readonly name: string;
  readonly work: ExactDecimal;
  readonly pe: ExactDecimal;
  readonly mp: ExactDecimal;
}

/** One row of the anesthesia conversion factor file (ANES). */
export interface AnesthesiaCf {
  readonly locality: LocalityId;
  readonly name: string;
  readonly conversionFactor: ExactDecimal;
}

/** One row of the locality-to-county crosswalk (LOCCO). */
export interface LocalityCounties {
  readonly locality: LocalityId;
  readonly state: string;
  readonly feeScheduleArea: string;
  readonly counties: string;
}

/** The locality files of one fee-schedule year: GPCI, anesthesia CF and county crosswalk. */
export interface PfsLocalityRelease {
  readonly year: number;
  readonly gpci: ReadonlyMap<LocalityId, Gpci>;
  readonly anesthesia: ReadonlyMap<LocalityId, AnesthesiaCf>;
  readonly nationalAnesthesiaCf?: ExactDecimal;
  readonly counties: readonly LocalityCounties[];
  readonly sources: Release['sources'];
}

/** Writes a locality id from its parts, restoring leading zeros the CSV copies drop. */
export function localityId(mac: string, localityNumber: string): LocalityId {
  return `${mac.trim().padStart(5, '0')}-${localityNumber.trim().padStart(2, '0')}`;
}

/** The map key of a PPRRVU row: `99213`, `71046-26`. */
export function rvuKey(code: string, modifier: string): string {
  const mod = modifier.trim().toUpperCase();
  return mod === '' ? code.trim().toUpperCase() : `${code.trim().toUpperCase()}-${mod}`;
}
