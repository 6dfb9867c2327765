import type { Release } from '../release.ts';

/** A code as one release has it. */
export interface CodeVersion {
  readonly release: Release;
  /** Valid for submission on HIPAA-covered transactions (order file flag 1). */
  readonly billable: boolean;
  readonly shortTitle: string;
  readonly longTitle: string;
}

/** Why a code cannot be used on a date of service. */
export type InvalidReason =
  /** No loaded release is in force on the date. */
  | 'no-release-on-dos'
  /** In an earlier release, absent from the one in force: deleted (or expanded). */
  | 'deleted'
  /** Only in a later release: not yet valid. */
  | 'not-yet-valid'
  /** In no loaded release at all. */
  | 'unknown-code';

/** The answer of a lookup for a code on a date of service. */
export type CodeLookup =
  | ({ readonly status: 'valid'; readonly code: string; readonly display: string } & CodeVersion)
  | {
      readonly status: 'not-valid-on-dos';
      readonly code: string;
      readonly display: string;
      readonly reason: InvalidReason;
      /** The release in force on the date, when one is loaded. */
      readonly inForce: Release | undefined;
      /** The latest earlier release that has the code ("deleted after FY2025"). */
      readonly previous: CodeVersion | undefined;
      /** The earliest later release that has the code ("new in FY2026"). */
      readonly next: CodeVersion | undefined;
      readonly message: string;
    };

/** The sentence a coder reads for an invalid lookup; `system` names the code set (`ICD-10-CM`). */
export function invalidMessage(
  system: string,
  display: string,
  reason: InvalidReason,
  inForce: Release | undefined,
  previous: CodeVersion | undefined,
  next: CodeVersion | undefined,
): string {
  const later = next
    ? ` It is new in ${next.release.version} (from ${next.release.effectiveFrom}).`
    : '';
  switch (reason) {
    case 'no-release-on-dos':
      return `No ${system} release loaded covers the date of service; ${display} cannot be checked.`;
    case 'deleted':
      return `${display} is not valid in ${inForce?.version ?? 'the release in force'}: it was last valid in ${previous?.release.version ?? '?'} (deleted after it).${later}`;
    case 'not-yet-valid':
      return `${display} is not valid in ${inForce?.version ?? 'the release in force'}.${later}`;
    case 'unknown-code':
      return `${display} is not an ${system} code in any loaded release.`;
  }
}
