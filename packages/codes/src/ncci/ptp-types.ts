import type { IsoDate } from '@medbill/core';
import type { Release } from '../release.ts';

/**
 * PTP modifier indicator (NCCI Policy Manual chapter 1, section E): 0 the pair is never paid
 * together, no modifier bypasses it; 1 an NCCI-associated modifier (59, XE/XS/XP/XU, anatomic
 * modifiers…) may bypass it when clinically appropriate; 9 the edit does not apply (deleted
 * on its effective date).
 */
export type PtpModifierIndicator = 0 | 1 | 9;

/** One procedure-to-procedure edit: the column 2 code is not paid with the column 1 code. */
export interface PtpEdit {
  readonly column1: string;
  readonly column2: string;
  /** The `*` of the "*=in existence prior to 1996" column. */
  readonly existedBefore1996: boolean;
  readonly effectiveFrom: IsoDate;
  /** The last day the edit applies; absent (`*` in the file) while it is in force. */
  readonly deletedOn?: IsoDate;
  readonly modifierIndicator: PtpModifierIndicator;
  /** "Standards of medical / surgical practice", "Mutually exclusive procedures"… */
  readonly rationale: string;
}

/** The PTP edits of one quarterly release (practitioner or outpatient hospital). */
export interface PtpRelease {
  readonly release: Release;
  /** Keyed `column1|column2`. */
  readonly edits: ReadonlyMap<string, readonly PtpEdit[]>;
  readonly rowCount: number;
}

/** The map key of a pair, in column order. */
export function ptpKey(column1: string, column2: string): string {
  return `${column1}|${column2}`;
}
