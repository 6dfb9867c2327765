import type { ScrubClaim } from '@medbill/core';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../../../core/src/scrubber/institutional-claim.fixture.ts';

/**
 * The scrubber fixture's three-day inpatient stay (111, Medicare Part A, 2026-03-01 to 03-04)
 * with these diagnoses, their present-on-admission indicators, and one principal procedure.
 */
export function inpatientStay(
  diagnoses: readonly string[],
  presentOnAdmission: readonly (string | undefined)[],
  procedure = '5A09357',
): ScrubClaim {
  const stay = institutionalWith(inpatientClaim, {
    presentOnAdmission,
    procedures: [{ ...inpatientClaim.institutional!.procedures[0]!, code: procedure }],
  });
  return { ...stay, diagnoses };
}

/** The fixture's hospital outpatient ER visit (131, Medicare Part B). */
export const outpatientVisit: ScrubClaim = outpatientClaim;
